/**
 * Answers that API Gateway gives by itself, before a request reaches a function (throttling,
 * missing API key, body validation, size limit, unknown route). Its defaults are English-only
 * `{"message": …}`; these say what happened in Chinese and English, in the service's own error
 * shape (`{ error: { code, message: { zh, en } } }`, src/http/errors.ts).
 */
import { ResponseType, type RestApi } from 'aws-cdk-lib/aws-apigateway';

type GatewayAnswer = {
  readonly type: ResponseType;
  /** Absent keeps the status API Gateway chose (500, 502, …). */
  readonly status?: string;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
};

const answers: readonly GatewayAnswer[] = [
  { type: ResponseType.BAD_REQUEST_BODY, status: '400', code: 'bad_request_body', zh: '请求正文不是有效的 JSON 对象。', en: 'The request body is not a valid JSON object.' },
  { type: ResponseType.INVALID_API_KEY, status: '403', code: 'invalid_api_key', zh: '缺少有效的 API 密钥（x-api-key）。', en: 'A valid API key (x-api-key) is required.' },
  { type: ResponseType.MISSING_AUTHENTICATION_TOKEN, status: '404', code: 'not_found', zh: '没有这个地址。', en: 'No such route.' },
  { type: ResponseType.REQUEST_TOO_LARGE, status: '413', code: 'request_too_large', zh: '请求正文过大。', en: 'The request body is too large.' },
  { type: ResponseType.UNSUPPORTED_MEDIA_TYPE, status: '415', code: 'unsupported_media_type', zh: '不支持此内容类型。', en: 'This content type is not supported.' },
  { type: ResponseType.THROTTLED, status: '429', code: 'throttled', zh: '请求过于频繁，请稍后再试。', en: 'Too many requests; please retry later.' },
  { type: ResponseType.QUOTA_EXCEEDED, status: '429', code: 'quota_exceeded', zh: '今日请求次数已用完。', en: 'The daily request quota is used up.' },
  { type: ResponseType.INTEGRATION_TIMEOUT, status: '504', code: 'timeout', zh: '处理超时，请稍后重试。', en: 'Processing timed out; please retry.' },
  { type: ResponseType.DEFAULT_5XX, code: 'unavailable', zh: '服务暂时不可用，请稍后重试。', en: 'The service is temporarily unavailable; please retry.' },
];

export function addGatewayResponses(api: RestApi): void {
  for (const answer of answers) {
    api.addGatewayResponse(answer.code, {
      type: answer.type,
      statusCode: answer.status,
      templates: {
        'application/json': JSON.stringify({ error: { code: answer.code, message: { zh: answer.zh, en: answer.en } } }),
      },
    });
  }
}
