// Styles of the tooltip card, adopted into our shadow root. `all: initial` on the host
// keeps the page's CSS out. Colours are variables on the card: a .light or .dark class
// (the reader's choice, set inside our shadow root) fixes them; without one they follow
// the system's colour scheme.
const LIGHT = `
  --fg: #1d232b; --bg: #ffffff; --border: #c9d1da; --shadow: rgb(0 0 0 / 0.18);
  --muted: #4a5663; --quiet: #5b6875; --english: #0b4f8a; --zh: #3c4650; --rule: #e2e7ec; --link: #0b57d0;
  color-scheme: light;`;
const DARK = `
  --fg: #e6eaee; --bg: #1f252c; --border: #3a444f; --shadow: rgb(0 0 0 / 0.5);
  --muted: #a9b4bf; --quiet: #a9b4bf; --english: #8cc4ff; --zh: #c3ccd5; --rule: #3a444f; --link: #8ab4f8;
  color-scheme: dark;`;

export const TOOLTIP_CSS = `
:host { all: initial; }
.card, .card.light { ${LIGHT} }
@media (prefers-color-scheme: dark) { .card { ${DARK} } .card.light { ${LIGHT} } }
.card.dark { ${DARK} }
.card {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  display: flex; flex-direction: column;
  box-sizing: border-box; width: max-content; max-width: min(380px, calc(100vw - 16px));
  padding: 8px 10px 10px 12px; border-radius: 8px;
  font: 14px/1.45 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border);
  box-shadow: 0 6px 24px var(--shadow);
}
.card[hidden] { display: none; }
.card.pinned { border-color: var(--link); }
/* Ours is a reading aid on screen, not part of the page: never printed. */
@media print { .card { display: none !important; } }
.card:focus { outline: 2px solid var(--link); outline-offset: 2px; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.head { display: flex; align-items: flex-start; gap: 4px; flex: none; }
.card.pinned .head { cursor: move; touch-action: none; }
.title { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; flex: 1; min-width: 0; padding-top: 2px; }
.term { font-size: 18px; font-weight: 600; }
.pinyin { color: var(--muted); font-style: italic; }
.head button, .actions button {
  font: inherit; color: var(--muted); background: transparent; border: 1px solid transparent; border-radius: 6px; cursor: pointer;
}
.head button { flex: none; min-width: 28px; min-height: 28px; padding: 0; font-size: 18px; line-height: 1; }
.head button svg { width: 14px; height: 14px; fill: currentColor; vertical-align: middle; }
.head button:hover, .actions button:hover { border-color: var(--border); }
.head .pin[aria-pressed="true"] { color: var(--link); border-color: var(--link); }
button:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
/* The body scrolls when the card's height is capped to the space beside the term. */
.body { overflow-y: auto; min-height: 0; overscroll-behavior: contain; }
.english, .rendering { margin-top: 2px; font-weight: 600; color: var(--english); }
.line { margin: 4px 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.actions { display: flex; gap: 6px; margin-top: 6px; }
.more-toggle, .copy { padding: 2px 8px; font-size: 12px; color: var(--link); border-color: var(--rule); }
.simplified { color: var(--muted); font-size: 14px; }
.unverified { font-weight: 400; font-size: 11px; padding: 0 4px; border: 1px dashed var(--quiet); border-radius: 4px; color: var(--muted); cursor: help; }
.why { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.more[hidden] { display: none; }
.more { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--rule); }
.category { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--quiet); }
.definition { margin: 4px 0 0; }
.definition:lang(zh-CN) { color: var(--zh); }
.related { margin-top: 6px; font-size: 12px; color: var(--muted); }
.related-term { font: inherit; margin: 0 4px 2px 0; padding: 0 6px; color: var(--link); background: transparent; border: 1px solid var(--rule); border-radius: 10px; cursor: pointer; }
.entry-link, .formula-link { display: inline-block; margin: 6px 12px 0 0; font-size: 12px; color: var(--link); }
.corpus { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--rule); font-size: 12px; }
.corpus ul { margin: 2px 0 0; padding: 0; list-style: none; }
.corpus a { color: var(--link); text-decoration: underline; cursor: pointer; }
.corpus a:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.mine { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; border: 1px solid var(--english); color: var(--english); }
.title-heading { margin-top: 2px; font-size: 12px; color: var(--muted); }
.save, .speak { padding: 2px 8px; font-size: 12px; color: var(--link); border-color: var(--rule); }
.dict-word + .dict-word { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--rule); }
.dict-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.dict-head .actions { margin: 0 0 0 auto; }
.dict.single .dict-text { display: none; }
.dict-text { font-size: 16px; font-weight: 600; }
.dict-traditional { color: var(--muted); }
.dict-entry { margin-top: 4px; }
.dict-pinyin { color: var(--english); font-weight: 600; }
.dict-senses { margin: 2px 0 0; padding-left: 20px; }
.dict-refs { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.dict-chars { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.dict-chars dd { margin: 0; }
.dict-glossary { font-size: 12px; color: var(--muted); margin-bottom: 6px; }
.glossary-hit { display: block; color: var(--link); }
.dict-more { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--rule); }
`;
