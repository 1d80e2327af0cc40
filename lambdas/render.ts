/** Lambda for the write routes: POST /v1/reports and POST /v1/validate. */
import { writeApi } from '../src/http/api.ts';
import { createReportService } from '../src/service/service.ts';
import { proxyHandler } from './api-gateway.ts';

export const handler = proxyHandler(createReportService, writeApi);
