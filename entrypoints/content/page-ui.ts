// Our UI on the page: the one shadow-root host with the card and a live region for screen
// readers, and the pointer and keyboard listeners that lead to them. Removed whole.
import { askLookUp } from '@/lib/messaging/look-up';
import type { CorpusRef, TooltipEntry } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';
import type { HoverReach, Modifiers } from '@/lib/settings/lookup-key';
import type { Located } from './annotated-page';
import { trackHover } from './hover';
import { trackKeyboard } from './keyboard';
import { createTooltip, type CardOptions, type Tooltip } from './tooltip';
import { TOOLTIP_CSS } from './tooltip-css';
import { createUiHost } from './ui-host';
import { textAround } from './word-lookup';

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
  /** What the pointer may open with these keys held (the lookup settings). */
  reach: (modifiers: Modifiers) => HoverReach;
  isLookupKey: (key: string) => boolean;
}

export interface PageUi {
  tooltip: Tooltip;
  announce(text: string): void;
  /** Listens for the pointer in a same-origin iframe that holds annotations. */
  watchFrame: (win: Window) => void;
  isOurs(node: Node): boolean;
  /** Explains the page's selection (an explicit request) with focus in the card: its glossary
   * entry when it is one, else its dictionary words. False when nothing is selected. */
  openSelection(): boolean;
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
      lookUp: (text) => askLookUp(text, 'text'),
      save: (word) =>
        sendToExtension({ type: 'save-word', word }).then(
          (reply) => reply.ok,
          () => false,
        ),
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
      lookups++;
      host.ensure();
      host.matchZoom();
      card.show(...args);
    },
    showWords(...args) {
      host.ensure();
      host.matchZoom();
      card.showWords(...args);
    },
  };
  /** Counts what the pointer last asked for: a lookup answered after the pointer moved on is dropped. */
  let lookups = 0;
  /** The open card explains a selection: the reader asked for it, and the pointer leaving it does not close it. */
  let forSelection = false;

  async function showWordAt(at: { node: Text; offset: number }, point: { x: number; y: number }): Promise<void> {
    const ticket = ++lookups;
    const around = textAround(at.node.data, at.offset);
    const reply = await sendToExtension({ type: 'look-up-at', text: around.text, offset: around.offset }).catch(() => undefined);
    if (ticket !== lookups || tooltip.pinned) return;
    const [start, end] = reply?.ok ? [around.from + reply.start, around.from + reply.end] : [0, 0];
    // The page may have changed the text meanwhile: then there is nothing to anchor the card to.
    if (!reply?.ok || reply.result.words.length === 0 || !at.node.isConnected || end > at.node.length) {
      tooltip.hide();
      return;
    }
    const range = at.node.ownerDocument.createRange();
    range.setStart(at.node, start);
    range.setEnd(at.node, end);
    tooltip.showWords(reply.result, range, { point });
  }

  function openSelection(): boolean {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim()) return false;
    void lookUpSelection(selection.getRangeAt(0).cloneRange(), true);
    return true;
  }

  async function lookUpSelection(range: Range, focus: boolean): Promise<void> {
    const text = range.toString().trim();
    if (!text) return;
    const ticket = ++lookups;
    const reply = await askLookUp(text, 'text');
    if (ticket !== lookups) return;
    const result = reply.ok ? reply.result : { query: text, glossary: [], words: [] };
    // The selection is one glossary term the page's annotations know: its own card.
    const [only] = result.glossary;
    const entry = only && result.glossary.length === 1 && only.term === text.replace(/\s+/g, '') ? hooks.entryFor(only.id) : undefined;
    if (entry) tooltip.show(entry, range, { focus, written: text });
    else tooltip.showWords(result, range, { focus });
    forSelection = true;
  }

  const controller = new AbortController();
  const hover = trackHover(
    {
      hitAt(node, offset) {
        const hit = hooks.hitAt(node, offset);
        return hit ? { key: hit.range, range: hit.range, at: hit.at } : undefined;
      },
      // A pinned card stays open and in place until the reader closes it.
      show: (hit, point) => {
        forSelection = false;
        if (!tooltip.pinned) hooks.showCard(hit.at, false, point);
      },
      hide: () => {
        lookups++;
        if (!tooltip.pinned && !forSelection) tooltip.hide();
      },
      // From outside a closed shadow root, an event inside it seems to come from the host.
      isInsideUi: (t) => t === host.element || (t instanceof Node && host.root.contains(t)),
      reach: hooks.reach,
      isLookupKey: hooks.isLookupKey,
      showWord: (at, point) => {
        forSelection = false;
        if (!tooltip.pinned) void showWordAt(at, point);
      },
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
      openSelection,
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
    openSelection,
    remove() {
      controller.abort();
      host.remove();
    },
  };
}
