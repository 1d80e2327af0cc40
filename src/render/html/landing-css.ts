/** The landing page's own CSS: masthead, language toggle, download buttons, fingerprints. */
export const landingCss = `
.masthead{text-align:center;border-bottom:2px solid #a8071a;padding-bottom:1rem}
.lang-toggle{text-align:right}
.lang-toggle a{display:inline-block;padding:.625rem .75rem}
.agency{margin:0;color:#444}
.masthead h1{margin:.25rem 0 .5rem}
.facts{display:flex;flex-wrap:wrap;justify-content:center;gap:.25rem 1.5rem;margin:0}
.facts div{display:flex;gap:.5em}
.facts dt{color:#555}
.facts dd{margin:0}
.downloads ul{list-style:none;margin:0;padding:0}
.downloads li{margin:.75rem 0;padding:.75rem;border:1px solid #d9d9d9;border-radius:.5rem}
.button{display:inline-block;padding:.625rem 1.25rem;border-radius:.375rem;background:#a8071a;color:#fff;font-weight:600;text-decoration:none}
.size{margin-left:.75rem;color:#555}
.fingerprint{margin:.5rem 0 0;font-size:.875rem;line-height:1.5}
.fingerprint span{display:block;color:#555}
.hint{font-size:.8125rem;color:#555}
.notice{margin:1rem 0;padding:.625rem .75rem;border-left:4px solid #d48806;background:#fffbe6}
.hint code{white-space:nowrap}
@media print{.lang-toggle,.downloads{display:none}}
`.trim();
