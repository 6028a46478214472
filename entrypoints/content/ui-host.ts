// The one element we add to a page: <treaty-lens-ui> with a closed shadow root, so the
// page cannot read the card or the screen-reader announcements (the accessibility tree
// still has them). Styles go in through adoptedStyleSheets, which a page's style-src CSP
// does not block. The page may remove, upgrade or restyle the element: ensure() puts a
// fresh one in its place, with our nodes moved over, before each use.
export interface UiHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Replaces the host if the page removed or took it; cheap when it is intact. */
  ensure(): void;
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
      return { host, root: host.attachShadow({ mode: 'closed' }) };
    } catch {
      continue;
    }
  }
  throw new Error('no element to host the card');
}

/** Ours and as we made it: attached, never upgraded by a page's class, no attribute added. */
function intact(host: HTMLElement): boolean {
  return host.isConnected && !host.matches(':defined') && !host.hasAttributes();
}

export function createUiHost(css: string): UiHost {
  let { host, root } = hostElement();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  // In fullscreen only the fullscreen element's subtree is painted.
  const parent = () => document.fullscreenElement ?? document.documentElement;
  parent().appendChild(host);
  const onFullscreen = () => parent().appendChild(host);
  document.addEventListener('fullscreenchange', onFullscreen);
  return {
    get element() {
      return host;
    },
    get root() {
      return root;
    },
    ensure() {
      if (intact(host)) return;
      const old = { host, root };
      ({ host, root } = hostElement());
      root.adoptedStyleSheets = [sheet];
      root.append(...old.root.childNodes);
      old.host.remove();
      parent().appendChild(host);
    },
    remove() {
      document.removeEventListener('fullscreenchange', onFullscreen);
      host.remove();
    },
  };
}
