// Our UI on the page: the one shadow-root host with the card and a live region for screen
// readers, and the pointer and keyboard listeners that lead to them. Removed whole.
import type { CorpusRef, TooltipEntry } from '@/lib/messaging/messages';
import type { Located } from './annotated-page';
import { trackHover } from './hover';
import { trackKeyboard } from './keyboard';
import { createTooltip, type CardOptions, type Tooltip } from './tooltip';
import { TOOLTIP_CSS } from './tooltip-css';
import { createUiHost } from './ui-host';

export interface PageUiHooks {
  /** The shown annotation at a text position, and its range. */
  hitAt(node: Node, offset: number): { at: Located; range: Range } | undefined;
  /** Opens the card of a term; `point` is the pointer (in the term's frame) when it was hovered. */
  showCard(at: Located, focus: boolean, point?: { x: number; y: number }): void;
  step: (delta: 1 | -1) => void;
  current(): Located | undefined;
  /** Opens the side panel at a corpus paragraph or a glossary entry. */
  openPanel: (target: { docId: string; paraId: string } | { entryId: string; view?: 'formula' }) => void;
  /** The card data of an entry found on this page. */
  entryFor: (entryId: string) => TooltipEntry | undefined;
  corpusFor: (entryId: string, paragraph: string) => Promise<CorpusRef[]>;
  cardOptions: CardOptions;
}

export interface PageUi {
  tooltip: Tooltip;
  announce(text: string): void;
  /** Listens for the pointer in a same-origin iframe that holds annotations. */
  watchFrame: (win: Window) => void;
  isOurs(node: Node): boolean;
  remove(): void;
}

export function createPageUi(hooks: PageUiHooks): PageUi {
  const host = createUiHost(TOOLTIP_CSS);
  const live = document.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  host.root.append(live);
  const announce = (text: string) => {
    host.ensure();
    live.textContent = text;
  };
  const card = createTooltip(
    host.root,
    {
      openCorpus: (docId, paraId) => hooks.openPanel({ docId, paraId }),
      openEntry: (entryId) => hooks.openPanel({ entryId }),
      openFormula: (entryId) => hooks.openPanel({ entryId, view: 'formula' }),
      entryFor: hooks.entryFor,
      corpusFor: hooks.corpusFor,
      announce,
    },
    hooks.cardOptions,
  );
  // Showing the card or announcing a step first puts back a host the page removed or took.
  const tooltip: Tooltip = {
    get open() {
      return card.open;
    },
    get pinned() {
      return card.pinned;
    },
    configure: (options) => card.configure(options),
    hide: () => card.hide(),
    show(...args) {
      host.ensure();
      host.matchZoom();
      card.show(...args);
    },
  };
  const controller = new AbortController();
  const hover = trackHover(
    {
      hitAt(node, offset) {
        const hit = hooks.hitAt(node, offset);
        return hit ? { key: hit.range, range: hit.range, at: hit.at } : undefined;
      },
      // A pinned card stays open and in place until the reader closes it.
      show: (hit, point) => {
        if (!tooltip.pinned) hooks.showCard(hit.at, false, point);
      },
      hide: () => {
        if (!tooltip.pinned) tooltip.hide();
      },
      // From outside a closed shadow root, an event inside it seems to come from the host.
      isInsideUi: (t) => t === host.element || (t instanceof Node && host.root.contains(t)),
    },
    controller.signal,
  );
  trackKeyboard(
    {
      step: hooks.step,
      hasCurrent: () => hooks.current() !== undefined,
      openCurrent: () => {
        const at = hooks.current();
        if (at) hooks.showCard(at, true);
      },
      cardOpen: () => tooltip.open,
      closeCard: () => tooltip.hide(),
      isOurs: (node) => node === host.element,
    },
    controller.signal,
  );
  return {
    tooltip,
    announce,
    watchFrame: hover.watch,
    isOurs: (node) => node === host.element || host.element.contains(node),
    remove() {
      controller.abort();
      host.remove();
    },
  };
}
