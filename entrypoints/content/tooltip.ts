// The term card. Plain DOM rather than React: it runs on every annotated page, and a
// small static card renders within one frame without a framework in the content script.
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { CorpusRef, TooltipEntry } from '@/lib/messaging/messages';
import type { CardContent, Theme } from '@/lib/settings/settings';
import { rectInTop } from './geometry';
import type { CardStrings } from './strings';
import { renderTitleCard } from './title-card';

export interface Tooltip {
  /** Shows the card at the range; with focus, moves keyboard focus into it. */
  show(entry: TooltipEntry, anchor: Range, options?: { focus?: boolean }): Promise<void>;
  /** Hides the card; if it had taken focus, focus returns where it was. */
  hide(): void;
  readonly open: boolean;
  /** Applies the reader's choices; an open card is redrawn at once. */
  configure(options: CardOptions): void;
}

/** What the reader chose for the card: its content, colours and language. */
export interface CardOptions {
  content: CardContent;
  theme: Theme;
  strings: CardStrings;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createTooltip(root: ShadowRoot, onOpenCorpus: (docId: string, paraId: string) => void, initial: CardOptions): Tooltip {
  let options = initial;
  const card = el('div', 'card');
  card.hidden = true;
  card.id = 'treaty-lens-card';
  card.tabIndex = -1;
  root.appendChild(card);
  let shownEntry: TooltipEntry | undefined;
  let returnFocus: HTMLElement | undefined;

  function applyTheme(): void {
    // 'auto' has no class: the stylesheet then follows prefers-color-scheme.
    card.classList.toggle('light', options.theme === 'light');
    card.classList.toggle('dark', options.theme === 'dark');
  }
  applyTheme();

  function render(entry: TooltipEntry): void {
    const { content, strings } = options;
    card.replaceChildren();
    if (entry.titleKind) {
      renderTitleCard(card, { ...entry, titleKind: entry.titleKind }, strings.title, corpusList);
      return;
    }
    const head = el('div', 'head');
    const term = el('span', 'term', entry.term);
    term.lang = 'zh-CN';
    head.append(term);
    if (content.pinyin) head.append(el('span', 'pinyin', entry.pinyin));
    head.append(el('span', 'category', strings.categories[entry.category] ?? entry.category));
    if (entry.mine) head.append(el('span', 'mine', strings.myTerm));
    card.append(head);
    if (content.english) {
      const english = el('div', 'english', entry.english);
      english.lang = 'en';
      card.append(english);
    }
    if (content.definition) {
      const definition = el('p', 'definition', entry.definitionEn);
      definition.lang = 'en';
      const definitionZh = el('p', 'definition-zh', entry.definitionZh);
      definitionZh.lang = 'zh-CN';
      card.append(definition, definitionZh);
    }
    if (entry.related.length > 0) {
      const related = el('div', 'related', `${strings.related}: `);
      const terms = el('span', '', entry.related.join(' · '));
      terms.lang = 'zh-CN';
      related.append(terms);
      card.append(related);
    }
    // A card with links is a dialog; one without is a plain tooltip.
    card.setAttribute('role', entry.corpus.length > 0 ? 'dialog' : 'tooltip');
    card.setAttribute('aria-label', content.english ? `${entry.term}: ${entry.english}` : entry.term);
    if (entry.corpus.length > 0) card.append(corpusList(entry.corpus));
  }

  /** The corpus links under a card: a click opens the side panel at the paragraph. */
  function corpusList(refs: readonly CorpusRef[]): HTMLElement {
    const corpus = el('div', 'corpus', options.strings.inCorpus);
    const list = el('ul', '');
    for (const ref of refs) {
      const item = el('li', '');
      const link = el('a', '', `${ref.year} · ${ref.title}`);
      link.href = '#';
      link.dataset['doc'] = ref.docId;
      link.dataset['para'] = ref.paraId;
      link.lang = 'zh-CN';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        // Only the reader's click (or Enter on the link) opens the panel; one click, one request.
        if (event.isTrusted) onOpenCorpus(ref.docId, ref.paraId);
      });
      item.append(link);
      list.append(item);
    }
    corpus.append(list);
    return corpus;
  }

  return {
    get open() {
      return !card.hidden;
    },
    configure(next) {
      options = next;
      applyTheme();
      if (shownEntry && !card.hidden) render(shownEntry);
    },
    async show(entry, anchor, showOptions = {}) {
      if (shownEntry?.id !== entry.id) render(entry);
      shownEntry = entry;
      card.hidden = false;
      const reference = { getBoundingClientRect: () => rectInTop(anchor) };
      const { x, y } = await computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      });
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      if (showOptions.focus) {
        returnFocus ??= deepActiveElement();
        (card.querySelector('a') ?? card).focus();
      }
    },
    hide() {
      card.hidden = true;
      shownEntry = undefined;
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
