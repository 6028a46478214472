// The one element we add to a page: <treaty-lens-ui> with an open shadow root. Styles go
// in through adoptedStyleSheets, which a page's style-src CSP does not block.
export interface UiHost {
  element: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createUiHost(css: string): UiHost {
  const host = document.createElement('treaty-lens-ui');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  // In fullscreen only the fullscreen element's subtree is painted.
  const parent = () => document.fullscreenElement ?? document.documentElement;
  parent().appendChild(host);
  const onFullscreen = () => parent().appendChild(host);
  document.addEventListener('fullscreenchange', onFullscreen);
  return {
    element: host,
    root,
    remove() {
      document.removeEventListener('fullscreenchange', onFullscreen);
      host.remove();
    },
  };
}
