/** An HTML page as an answer: its own <style> allowed by hash in the header, never framed. */
import { headerPolicy } from '../render/html/page.ts';
import type { HttpResponse } from './types.ts';

export function htmlAnswer(status: number, html: string, contentLanguage: string, vary = 'Accept-Language'): HttpResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-language': contentLanguage,
      // Its own <style> by hash, nothing fetched, never framed.
      'content-security-policy': headerPolicy(html),
      vary,
    },
    body: html,
  };
}
