// The term card. Plain DOM rather than React: it runs on every annotated page, and a
// small static card renders within one frame without a framework in the content script.
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { TooltipEntry } from '@/lib/messaging/messages';
import { rectInTop } from './geometry';

export interface Tooltip {
  /** Shows the card at the range; with focus, moves keyboard focus into it. */
  show(entry: TooltipEntry, anchor: Range, options?: { focus?: boolean }): Promise<void>;
  /** Hides the card; if it had taken focus, focus returns where it was. */
  hide(): void;
  readonly open: boolean;
  readonly shownId: string | undefined;
  /** The card element, for focus management and hit-testing. */
  readonly element: HTMLElement;
}

const CATEGORY_LABEL: Record<string, string> = {
  organization: 'Organisation',
  mechanism: 'Mechanism',
  relationship: 'Relationship',
  policy: 'Policy',
  security: 'Security',
  agreement: 'Agreement',
  project: 'Project',
  place: 'Place',
  person: 'Person',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createTooltip(root: ShadowRoot, onOpenCorpus: (docId: string, paraId: string) => void): Tooltip {
  const card = el('div', 'card');
  card.hidden = true;
  card.id = 'treaty-lens-card';
  card.tabIndex = -1;
  root.appendChild(card);
  let shownId: string | undefined;
  let returnFocus: HTMLElement | undefined;

  function render(entry: TooltipEntry): void {
    card.replaceChildren();
    const head = el('div', 'head');
    const term = el('span', 'term', entry.term);
    term.lang = 'zh-CN';
    head.append(term, el('span', 'pinyin', entry.pinyin), el('span', 'category', CATEGORY_LABEL[entry.category] ?? entry.category));
    const english = el('div', 'english', entry.english);
    english.lang = 'en';
    const definition = el('p', 'definition', entry.definitionEn);
    const definitionZh = el('p', 'definition-zh', entry.definitionZh);
    definitionZh.lang = 'zh-CN';
    card.append(head, english, definition, definitionZh);
    if (entry.related.length > 0) card.append(el('div', 'related', `Related: ${entry.related.join(' · ')}`));
    // A card with links is a dialog; one without is a plain tooltip.
    card.setAttribute('role', entry.corpus.length > 0 ? 'dialog' : 'tooltip');
    card.setAttribute('aria-label', `${entry.term}: ${entry.english}`);
    if (entry.corpus.length > 0) {
      const corpus = el('div', 'corpus', 'In the corpus');
      const list = el('ul', '');
      for (const ref of entry.corpus) {
        const item = el('li', '');
        const link = el('a', '', `${ref.year} · ${ref.title}`);
        link.href = '#';
        link.dataset['doc'] = ref.docId;
        link.dataset['para'] = ref.paraId;
        link.lang = 'zh-CN';
        link.addEventListener('click', (event) => {
          event.preventDefault();
          onOpenCorpus(ref.docId, ref.paraId);
        });
        item.append(link);
        list.append(item);
      }
      corpus.append(list);
      card.append(corpus);
    }
  }

  return {
    get shownId() {
      return shownId;
    },
    get open() {
      return !card.hidden;
    },
    element: card,
    async show(entry, anchor, options = {}) {
      if (shownId !== entry.id) render(entry);
      shownId = entry.id;
      card.hidden = false;
      const reference = { getBoundingClientRect: () => rectInTop(anchor) };
      const { x, y } = await computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      });
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      if (options.focus) {
        returnFocus ??= deepActiveElement();
        (card.querySelector('a') ?? card).focus();
      }
    },
    hide() {
      card.hidden = true;
      shownId = undefined;
      returnFocus?.focus({ preventScroll: true });
      returnFocus = undefined;
    },
  };
}

function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}
