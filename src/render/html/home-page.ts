/**
 * The page `GET /` shows a browser: what the service is, where its API is described, and the
 * README's quick start in three steps. Like every page it loads nothing and runs no script.
 */
import { escapeHtml, safeHref } from './escape.ts';
import { htmlPage } from './page.ts';

export type HomeLinks = {
  readonly openApi: string;
  readonly schema: string;
  /** Where the reports are submitted, for the quick start's curl command. */
  readonly reports: string;
};

const css = `
body{margin:0 auto;max-width:40rem;padding:2rem 1rem;font-family:system-ui,sans-serif;line-height:1.6;color:#222}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875rem}
pre{background:#f5f5f5;padding:.75rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
a{color:#0b57d0}
`.trim();

export function homePage(name: string, description: string, links: HomeLinks): string {
  const curl = `curl -sS -X POST '${links.reports}' -H 'content-type: application/json' -H 'x-api-key: KEY' --data-binary @examples/huaian-2024.json`;
  return htmlPage({
    lang: 'zh-CN',
    title: `${name} — 政府信息公开报告 / disclosure reports`,
    meta: [['robots', 'noindex']],
    css,
    body: `<main>
<h1>${escapeHtml(name)} 年报</h1>
<p>校验政府信息公开报告的数据，并生成 PDF、Word 和手机页面。</p>
<p lang="en">${escapeHtml(description)}</p>
<h2>接口 / API</h2>
<ul>
<li><a href="${safeHref(links.openApi)}">OpenAPI 文档 / OpenAPI document</a></li>
<li><a href="${safeHref(links.schema)}">输入格式 JSON Schema / the input's JSON Schema</a></li>
</ul>
<h2>快速上手 / Quick start</h2>
<p>README.md「Try it」一节 / the README's section "Try it":</p>
<ol>
<li><code>npm start</code>：打印 API 密钥和提交示例报告的 curl 命令 / prints the API key and a curl command that submits the example report</li>
<li>运行该命令 / run it:<pre>${escapeHtml(curl)}</pre></li>
<li>在浏览器中打开回答里的 <code>landingPage</code> 链接 / open the answer's <code>landingPage</code> link in a browser</li>
</ol>
</main>`,
  });
}
