// Styles of the tooltip card, adopted into our shadow root. `all: initial` on the host
// keeps the page's CSS out; the colour scheme follows the reader's system setting.
export const TOOLTIP_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  box-sizing: border-box; width: max-content; max-width: min(380px, calc(100vw - 16px));
  padding: 10px 12px; border-radius: 8px;
  font: 14px/1.45 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  color: #1d232b; background: #ffffff; border: 1px solid #c9d1da;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
}
.card[hidden] { display: none; }
.card:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.term { font-size: 18px; font-weight: 600; }
.pinyin { color: #4a5663; font-style: italic; }
.category { margin-left: auto; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #5b6875; }
.english { margin-top: 2px; font-weight: 600; color: #0b4f8a; }
.definition { margin: 6px 0 0; }
.definition-zh { margin: 2px 0 0; color: #3c4650; }
.related { margin-top: 6px; font-size: 12px; color: #4a5663; }
.corpus { margin-top: 8px; padding-top: 6px; border-top: 1px solid #e2e7ec; font-size: 12px; }
.corpus ul { margin: 2px 0 0; padding: 0; list-style: none; }
.corpus a { color: #0b57d0; text-decoration: underline; cursor: pointer; }
.corpus a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6eaee; background: #1f252c; border-color: #3a444f; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
  .pinyin, .related, .category { color: #a9b4bf; }
  .english { color: #8cc4ff; }
  .definition-zh { color: #c3ccd5; }
  .corpus { border-top-color: #3a444f; }
  .corpus a { color: #8ab4f8; }
}
`;
