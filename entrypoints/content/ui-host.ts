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
  /** Undoes the page's CSS zoom on our host, so the card sits where its range is and keeps its size. */
  matchZoom(): void;
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
  const zoomSheet = new CSSStyleSheet();
  let zoom = 1;
  root.adoptedStyleSheets = [sheet, zoomSheet];
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
      root.adoptedStyleSheets = [sheet, zoomSheet];
      root.append(...old.root.childNodes);
      old.host.remove();
      parent().appendChild(host);
    },
    matchZoom() {
      // Ranges report their boxes in the viewport's pixels; inside <html style="zoom: 1.5">
      // the card's own pixels would be 1.5 of those. (currentCSSZoom: Chromium 128, Firefox 126.)
      const current = (parent() as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      if (current === zoom || !(current > 0)) return;
      zoom = current;
      zoomSheet.replaceSync(zoom === 1 ? '' : `:host { zoom: ${1 / zoom}; }`);
    },
    remove() {
      document.removeEventListener('fullscreenchange', onFullscreen);
      host.remove();
    },
  };
}
