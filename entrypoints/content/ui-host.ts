// The one element we add to a page: <treaty-lens-ui> with an open shadow root. Styles go
// in through adoptedStyleSheets, which a page's style-src CSP does not block.
export interface UiHost {
  element: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/**
 * A page may have defined <treaty-lens-ui> itself. Our isolated world cannot ask the page's
 * registry (customElements is null there), and createElement runs the page's class, whose
 * constructor may have taken the shadow root or failed. Then the page owns the name, and we
 * use one no page can have defined in advance (crypto.randomUUID needs a secure context;
 * an unguessable name is all that is needed).
 */
function hostElement(): { host: HTMLElement; root: ShadowRoot } {
  for (const name of ['treaty-lens-ui', `treaty-lens-ui-${Math.random().toString(36).slice(2)}`]) {
    const host = document.createElement(name);
    if (host.matches(':defined') || host instanceof HTMLUnknownElement) continue;
    try {
      return { host, root: host.attachShadow({ mode: 'open' }) };
    } catch {
      continue;
    }
  }
  throw new Error('no element to host the card');
}

export function createUiHost(css: string): UiHost {
  const { host, root } = hostElement();
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
