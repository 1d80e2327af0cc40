/**
 * The page a phone shows when a landing-page link leads nowhere (an unknown or mistyped id):
 * one sentence in Chinese and one in English on a single page, since a reader who followed a
 * QR code may read either. Like the landing page it loads nothing and runs no script.
 */
import { htmlPage } from './page.ts';

const css = `
body{margin:0 auto;max-width:36rem;padding:2rem 1rem;font-family:system-ui,sans-serif;line-height:1.6;color:#222}
h1{font-size:1.375rem;margin:0 0 .5rem;color:#a8071a}
p{margin:0 0 1.5rem}
`.trim();

/** The same bytes every time: nothing of the request reaches the page. */
export function notFoundPage(): string {
  return htmlPage({
    lang: 'zh-CN',
    title: '未找到该文件 / Not found',
    meta: [['robots', 'noindex']],
    css,
    body: `<main>
<h1>未找到该文件</h1>
<p>链接或二维码中的编号有误，或该文件已被删除，请核对链接或联系发布单位。</p>
<h1 lang="en">Not found</h1>
<p lang="en">The id in the link or QR code is wrong, or the file has been removed; check the link or ask the publishing office.</p>
</main>`,
  });
}
