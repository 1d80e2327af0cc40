/** The landing page's own CSS: masthead, language toggle, downloads, the failed-checks notice, contact. */
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
.untranslated{margin:1rem 0;padding:.625rem .75rem;border-left:4px solid #d48806;background:#fffbe6}
.hint code{white-space:nowrap}
.notice{margin:1rem 0;padding:.75rem 1rem;border:2px solid #a8071a;border-radius:.5rem;background:#fff1f0}
.notice h2{margin:0 0 .5rem;color:#a8071a}
.notice h2 span{display:block}
.notice ol{margin:.5rem 0 0;padding-left:1.25rem}
.notice li{margin:.5rem 0}
.notice li span{display:block}
.contact dl{margin:0}
.contact div{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 .75em;padding:.25rem 0}
.contact dt{color:#555;min-width:5em}
.contact dd{margin:0}
.contact a{display:inline-block;padding:.375rem 0}
@media print{.lang-toggle,.downloads{display:none}}
`.trim();
