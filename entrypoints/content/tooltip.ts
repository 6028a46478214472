// The term card. Plain DOM rather than React: it runs on every annotated page, and a
// small static card renders within one frame without a framework in the content script.
// Compact by default: a head (the term, pinyin, pin and close) and a summary (English, one
// line of definition); "More" (or M, or ↓ inside the card) opens the rest, a body where
// every further section goes. It sits beside the term's line, follows it on scroll, and a
// pinned card stays where the reader put it. The same card explains a dictionary word (the
// word under the pointer, a selection's words), and every card can Save its word and, with
// a Mandarin voice, read it aloud.
import type { CorpusRef, LookUpResponse, LookUpResult, TooltipEntry } from '@/lib/messaging/messages';
import type { WordToSave } from '@/lib/word-list/schema';
import { dictionaryWordToSave, glossaryTermToSave } from '@/lib/word-list/to-save';
import { speakWith } from '@/lib/speech/speak';
import type { CardContent, RenderingLang, Theme } from '@/lib/settings/settings';
import type { Lang } from '@/lib/i18n/i18n';
import { formatCardCopy } from '@/lib/citation/card-copy';
import { isGlossaryEntryId } from '@/lib/glossary/compiled';
import { makeDraggable } from './card-drag';
import { followOnScroll } from './card-follow';
import { lineIndexAt, outOfView, placeCard, type Box } from './card-placement';
import { copyText } from './clipboard';
import { renderGlossaryHits, renderWord } from './dictionary-card';
import { el } from './dom';
import { trapTab } from './focus-trap';
import { lineBoxesInTop, pointInTop } from './geometry';
import { pageSource, readInFor, today } from './page-source';
import { paragraphAround } from './paragraph-around';
import { chineseVoice } from './speech';
import type { CardStrings } from './strings';
import { renderTitleBody } from './title-card';

interface ShowOptions {
  /** Moves keyboard focus into the card (opened from the keyboard). */
  focus?: boolean;
  /** The pointer, in the range's own frame: the card goes by the line box under it. */
  point?: { x: number; y: number };
  /** The term as the page writes it (traditional characters, a variant); the entry's own form if absent. */
  written?: string;
}

export interface Tooltip {
  /** Shows the card by the range's line box (the one under the pointer, or its first). */
  show(entry: TooltipEntry, anchor: Range, options?: ShowOptions): void;
  /** Shows a dictionary card: the words (and glossary entries) a lookup found, by `anchor`. */
  showWords(lookup: LookUpResult, anchor: Range, options?: ShowOptions): void;
  /** Hides the card; if it had taken focus, focus returns where it was. */
  hide(): void;
  readonly open: boolean;
  /** Pinned by the reader: stays open, and where it is, until closed. */
  readonly pinned: boolean;
  /** Applies the reader's choices; an open card is redrawn at once. */
  configure(options: CardOptions): void;
}

/** What the reader chose for the card: its content, colours and language. */
export interface CardOptions {
  content: CardContent;
  theme: Theme;
  lang: Lang;
  /** The renderings the card shows, in order (English, Russian, Kazakh: the reader's choice). */
  renderings: readonly RenderingLang[];
  strings: CardStrings;
}

export interface CardActions {
  openCorpus(docId: string, paraId: string): void;
  /** Opens a glossary entry in the side panel. */
  openEntry(entryId: string): void;
  /** Opens the history of a formula (the Compare view) in the side panel. */
  openFormula(entryId: string): void;
  /** A related term's card data, when the term is on this page. */
  entryFor(entryId: string): TooltipEntry | undefined;
  /** The entry's corpus paragraphs ranked for the paragraph being read. */
  corpusFor(entryId: string, paragraph: string): Promise<CorpusRef[]>;
  /** Says something to screen readers (the live region). */
  announce(text: string): void;
  /** A text's dictionary words (a glossary term's, under More). */
  lookUp(text: string): Promise<LookUpResponse>;
  /** Keeps a word in the word list; false if it could not be stored. */
  save(word: WordToSave): Promise<boolean>;
}

/** Characters of a selection the card's head shows. */
const HEAD_CHARS = 16;

/** What a card explains: a glossary entry (as the page writes it) or a lookup's words. */
type Subject = { kind: 'entry'; entry: TooltipEntry; written: string } | { kind: 'words'; lookup: LookUpResult };

const subjectKey = (s: Subject): string => (s.kind === 'entry' ? `entry ${s.entry.id} ${s.written}` : `words ${s.lookup.words.map((w) => w.text).join(' ')} ${s.lookup.glossary.map((g) => g.id).join(' ')}`);

function button(className: string, label: string, glyph: string): HTMLButtonElement {
  const b = el('button', className, glyph);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}

/** The viewport the card must stay in (without the scroll bars). */
function viewport(): { width: number; height: number } {
  return { width: document.documentElement.clientWidth || window.innerWidth, height: document.documentElement.clientHeight || window.innerHeight };
}

export function createTooltip(root: ShadowRoot, actions: CardActions, initial: CardOptions): Tooltip {
  let options = initial;
  const card = el('div', 'card');
  card.hidden = true;
  card.id = 'treaty-lens-card';
  card.tabIndex = -1;
  card.setAttribute('role', 'dialog');
  root.appendChild(card);
  let shown: { subject: Subject; anchor: Range; line: number; size: { width: number; height: number } } | undefined;
  let expanded = false;
  let pinned = false;
  let returnFocus: HTMLElement | undefined;
  let following: AbortController | undefined;
  /** Filled by render: the head (drag handle), the pin and More buttons, the "more" body. */
  /** The card's parts; a title card (an agreement the glossary lacks) has no More section. */
  let parts: { head: HTMLElement; pin: HTMLButtonElement; toggle?: HTMLButtonElement; more?: HTMLElement } | undefined;

  function applyTheme(): void {
    // 'auto' has no class: the stylesheet then follows prefers-color-scheme.
    card.classList.toggle('light', options.theme === 'light');
    card.classList.toggle('dark', options.theme === 'dark');
  }
  applyTheme();

  function definitions(entry: TooltipEntry): HTMLElement[] {
    const en = el('p', 'definition', entry.definitionEn);
    en.lang = 'en';
    const zh = el('p', 'definition', entry.definitionZh);
    zh.lang = 'zh-CN';
    // The interface's own language first: Chinese, or Russian where the glossary has it.
    if (options.lang === 'zh') return [zh, en];
    if (options.lang === 'ru' && entry.definitionRu) {
      const ru = el('p', 'definition', entry.definitionRu);
      ru.lang = 'ru';
      return [ru, en, zh];
    }
    return [en, zh];
  }

  function unverifiedFlag(why: string, describedBy?: string): HTMLElement {
    const flag = el('span', 'unverified', options.strings.unverified);
    flag.title = why;
    if (describedBy) flag.setAttribute('aria-describedby', describedBy);
    return flag;
  }

  /** The renderings the reader chose, those the entry has; English when it has none of them. */
  function renderings(entry: TooltipEntry): HTMLElement[] {
    const lines = options.renderings.flatMap((lang): HTMLElement[] => {
      if (lang === 'en') return [englishLine(entry)];
      const rendering = entry[lang];
      if (!rendering) return [];
      const line = el('div', `rendering rendering-${lang}`, rendering.text);
      line.lang = lang;
      if (rendering.source) line.title = rendering.source;
      if (!rendering.verified) line.append(' ', unverifiedFlag(options.strings.unverifiedOtherWhy));
      return [line];
    });
    return lines.length > 0 ? lines : [englishLine(entry)];
  }

  function englishLine(entry: TooltipEntry): HTMLElement {
    const english = el('div', 'english', entry.english);
    english.lang = 'en';
    if (!entry.englishVerified) english.append(' ', unverifiedFlag(options.strings.unverifiedWhy, 'treaty-lens-unverified-why'));
    return english;
  }

  /** The entry's title: the term as the page writes it, its simplified form, pinyin, My term. */
  function entryTitle(entry: TooltipEntry, written: string): HTMLElement {
    const { content, strings } = options;
    const title = el('div', 'title');
    // The term as the page writes it, and the entry's simplified form beside it when they differ.
    const term = el('span', 'term', written);
    term.lang = written === entry.term ? 'zh-CN' : 'zh';
    title.append(term);
    if (written !== entry.term) {
      const simplified = el('span', 'simplified', entry.term);
      simplified.lang = 'zh-CN';
      simplified.title = strings.simplified;
      title.append(simplified);
    }
    if (content.pinyin) title.append(el('span', 'pinyin', entry.pinyin));
    if (entry.mine) title.append(el('span', 'mine', strings.myTerm));
    return title;
  }

  /** The head: a title, then Pin and Close. */
  function renderHead(title: HTMLElement): { head: HTMLElement; pin: HTMLButtonElement } {
    const { strings } = options;
    const head = el('div', 'head');
    const pin = button('pin', strings.pin, '');
    pin.append(pinIcon());
    pin.setAttribute('aria-pressed', 'false');
    pin.addEventListener('click', (event) => {
      if (event.isTrusted) setPinned(!pinned);
    });
    const close = button('close', strings.close, '×');
    close.addEventListener('click', (event) => {
      if (event.isTrusted) hide();
    });
    head.append(title, pin, close);
    return { head, pin };
  }

  function renderSummary(entry: TooltipEntry): HTMLElement {
    const { content } = options;
    const summary = el('div', 'summary');
    if (content.english) summary.append(...renderings(entry));
    if (content.definition) {
      const [first] = definitions(entry);
      first!.className = 'line';
      summary.append(first!);
    }
    return summary;
  }

  /** The rest of the entry: every section beyond the compact card goes in here. */
  function renderMore(entry: TooltipEntry): HTMLElement {
    const { content, strings } = options;
    const more = el('div', 'more');
    more.id = 'treaty-lens-more';
    more.append(el('div', 'category', strings.categories[entry.category] ?? entry.category));
    if (content.english && !entry.englishVerified) {
      const why = el('p', 'why', strings.unverifiedWhy);
      why.id = 'treaty-lens-unverified-why';
      more.append(why);
    }
    if (content.definition) more.append(...definitions(entry));
    if (isGlossaryEntryId(entry.id)) more.append(panelLink(strings.glossaryEntry, () => actions.openEntry(entry.id), 'entry-link'));
    if (entry.formula) more.append(panelLink(strings.howChanged, () => actions.openFormula(entry.id), 'formula-link'));
    if (entry.related.length > 0) more.append(renderRelated(entry));
    if (entry.corpus.length > 0) more.append(renderCorpus(entry));
    return more;
  }

  /** Related terms: each opens its own card (its entry in the panel when it is not on this page). */
  function renderRelated(entry: TooltipEntry): HTMLElement {
    const related = el('div', 'related', `${options.strings.related}: `);
    for (const { id, term } of entry.related) {
      const b = el('button', 'related-term', term);
      b.type = 'button';
      b.lang = 'zh-CN';
      b.addEventListener('click', (event) => {
        if (!event.isTrusted || !shown) return;
        const other = actions.entryFor(id);
        if (other) openRelated(other);
        else actions.openEntry(id);
      });
      related.append(b);
    }
    return related;
  }

  function openRelated(other: TooltipEntry): void {
    if (!shown) return;
    // Opened from the keyboard (focus will return somewhere): the new card takes focus too.
    showSubject({ kind: 'entry', entry: other, written: other.term }, shown.anchor, { focus: returnFocus !== undefined });
  }

  function renderCorpus(entry: TooltipEntry): HTMLElement {
    const corpus = el('div', 'corpus', options.strings.inCorpus);
    const list = el('ul', '');
    list.append(...entry.corpus.map(corpusItem));
    corpus.append(list);
    return corpus;
  }

  function corpusItem(ref: CorpusRef): HTMLLIElement {
    const item = el('li', '');
    const link = panelLink(`${ref.year} · ${ref.title}`, () => actions.openCorpus(ref.docId, ref.paraId));
    link.dataset['doc'] = ref.docId;
    link.dataset['para'] = ref.paraId;
    link.lang = 'zh-CN';
    item.append(link);
    return item;
  }

  /** Replaces the oldest paragraphs (shown meanwhile) with those ranked for the paragraph being read. */
  function rankCorpus(entry: TooltipEntry, anchor: Range): void {
    const list = parts?.more?.querySelector('.corpus ul');
    if (!list || !isGlossaryEntryId(entry.id)) return;
    actions.corpusFor(entry.id, paragraphAround(anchor)).then(
      (refs) => {
        if (shown?.subject.kind === 'entry' && shown.subject.entry.id === entry.id && list.isConnected && refs.length > 0) list.replaceChildren(...refs.map(corpusItem));
      },
      () => undefined, // the oldest stay
    );
  }

  /** Save: the word with the sentence around the card's anchor, this page's title and address. */
  function renderSave(word: string, toSave: (read: ReturnType<typeof readInFor>) => WordToSave): HTMLButtonElement {
    const { strings } = options;
    const save = el('button', 'save', strings.save);
    save.type = 'button';
    save.setAttribute('aria-label', strings.saveLabel(word));
    save.addEventListener('click', (event) => {
      if (!event.isTrusted || !shown) return;
      void actions.save(toSave(readInFor(shown.anchor))).then((done) => {
        save.textContent = done ? strings.saved : strings.saveFailed;
        save.setAttribute('aria-label', save.textContent);
        actions.announce(save.textContent);
      });
    });
    return save;
  }

  /** The speaker, only where the browser has a Mandarin voice. */
  function renderSpeak(word: string): HTMLButtonElement[] {
    const voice = chineseVoice();
    if (!voice) return [];
    const speak = button('speak', options.strings.speak(word), '🔊');
    speak.addEventListener('click', (event) => {
      if (event.isTrusted) speakWith(voice, word);
    });
    return [speak];
  }

  /** Under a glossary term's More: the dictionary's words of the term, asked for on first opening. */
  function renderDictionarySection(entry: TooltipEntry): HTMLElement {
    const section = el('section', 'dict-more');
    section.append(el('div', 'category', options.strings.dictionary));
    const key = shown && subjectKey(shown.subject);
    void actions.lookUp(entry.term).then((reply) => {
      // The reader may have moved on to another card meanwhile.
      if (!shown || subjectKey(shown.subject) !== key) return;
      if (!reply.ok) section.append(el('p', 'why', options.strings.lookUpFailed));
      else if (reply.result.words.length === 0) section.append(el('p', 'why', options.strings.noWords));
      else section.append(...reply.result.words.map((w) => renderWord(w, options.strings, [])));
      if (!pinned && !card.hidden) measureAndPlace();
    });
    return section;
  }

  function renderCopy(entry: TooltipEntry, written: string): HTMLButtonElement {
    const { strings } = options;
    const copy = el('button', 'copy', strings.copy);
    copy.type = 'button';
    copy.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      void copyText(formatCardCopy(entry, written, pageSource(), today(), options.renderings), root, copy).then((done) => {
        actions.announce(done ? strings.copied : strings.copyFailed);
        copy.textContent = done ? strings.copied : strings.copyFailed;
        setTimeout(() => (copy.textContent = strings.copy), 1500);
      });
    });
    return copy;
  }

  function render(subject: Subject): void {
    if (subject.kind === 'entry') renderEntry(subject.entry, subject.written);
    else renderWords(subject.lookup);
  }

  /** A dictionary card: one word in the head (or the selection, when it has several), every word (and glossary entry) below. */
  function renderWords(lookup: LookUpResult): void {
    const { strings } = options;
    const single = lookup.words.length === 1 ? lookup.words[0] : undefined;
    const title = el('div', 'title');
    // A long selection is named by its beginning.
    const chars = [...lookup.query.replace(/\s+/g, ' ').trim()];
    const term = el('span', 'term', single?.text ?? (chars.length > HEAD_CHARS ? `${chars.slice(0, HEAD_CHARS).join('')}…` : chars.join('')));
    term.lang = 'zh-CN';
    title.append(term);
    if (single) title.append(el('span', 'pinyin', [...new Set(single.entries.map((e) => e.pinyin))].join(' / ')));
    const { head, pin } = renderHead(title);
    // One word: the head already names it.
    const body = el('div', single ? 'body dict single' : 'body dict');
    if (lookup.glossary.length > 0) body.append(renderGlossaryHits(lookup.glossary, strings, (id) => actions.openEntry(id)));
    for (const word of lookup.words) {
      const buttons = el('span', 'actions');
      buttons.append(renderSave(word.text, (read) => dictionaryWordToSave(word, read)), ...renderSpeak(word.text));
      body.append(renderWord(word, strings, [buttons]));
    }
    if (lookup.words.length === 0 && lookup.glossary.length === 0) body.append(el('p', 'why', strings.noWords));
    card.replaceChildren(head, body);
    card.setAttribute('aria-label', `${single?.text ?? lookup.query}: ${strings.dictionary}`);
    parts = { head, pin };
    showPinned();
  }

  function renderEntry(entry: TooltipEntry, written: string): void {
    const { content } = options;
    const { head, pin } = renderHead(entryTitle(entry, written));
    if (entry.titleKind) {
      const body = el('div', 'body');
      body.append(...renderTitleBody({ ...entry, titleKind: entry.titleKind }, options.strings.title, renderCorpus));
      card.replaceChildren(head, body);
      card.setAttribute('aria-label', `${entry.term}: ${options.strings.title.heading}`);
      parts = { head, pin };
      showPinned();
      return;
    }
    const body = el('div', 'body');
    const toggle = el('button', 'more-toggle');
    toggle.type = 'button';
    toggle.setAttribute('aria-controls', 'treaty-lens-more');
    toggle.addEventListener('click', (event) => {
      if (event.isTrusted) setExpanded(!expanded);
    });
    const buttons = el('div', 'actions');
    buttons.append(
      toggle,
      renderCopy(entry, written),
      renderSave(written, (read) => glossaryTermToSave({ written, pinyin: entry.pinyin, english: entry.english }, read)),
      ...renderSpeak(written),
    );
    const more = renderMore(entry);
    body.append(renderSummary(entry), buttons, more);
    card.replaceChildren(head, body);
    card.setAttribute('aria-label', content.english ? `${entry.term}: ${entry.english}` : entry.term);
    parts = { head, pin, toggle, more };
    showExpanded();
    showPinned();
  }

  function showExpanded(): void {
    if (!parts?.more || !parts.toggle) return;
    parts.more.hidden = !expanded;
    parts.toggle.setAttribute('aria-expanded', String(expanded));
    parts.toggle.textContent = expanded ? options.strings.less : options.strings.more;
  }

  function setExpanded(next: boolean): void {
    expanded = next;
    // The dictionary is asked about a term only when the reader opens More.
    if (expanded && parts?.more && !parts.more.querySelector('.dict-more') && shown?.subject.kind === 'entry') {
      parts.more.append(renderDictionarySection(shown.subject.entry));
    }
    showExpanded();
    if (!shown) return;
    if (pinned) capPinned();
    else measureAndPlace();
  }

  function showPinned(): void {
    card.classList.toggle('pinned', pinned);
    if (!parts) return;
    const label = pinned ? options.strings.unpin : options.strings.pin;
    parts.pin.setAttribute('aria-pressed', String(pinned));
    parts.pin.setAttribute('aria-label', label);
    parts.pin.title = label;
  }

  function setPinned(next: boolean): void {
    pinned = next;
    showPinned();
    // Unpinned, the card goes back beside its term (or closes if the term has left the screen).
    if (!pinned) follow();
  }

  function moveTo(left: number, top: number, maxHeight: number | undefined): void {
    card.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    card.style.maxHeight = maxHeight === undefined ? '' : `${Math.floor(maxHeight)}px`;
  }

  /** Measures the card's natural size (one layout read, with the term's line boxes) and places it. */
  function measureAndPlace(point?: { x: number; y: number }): void {
    if (!shown) return;
    card.style.maxHeight = '';
    const r = card.getBoundingClientRect();
    shown.size = { width: r.width, height: r.height };
    const lines = lineBoxesInTop(shown.anchor);
    if (point) shown.line = lineIndexAt(lines, pointInTop(shown.anchor, point).y);
    place(lines);
  }

  function place(lines: Box[]): void {
    if (!shown) return;
    const line = lines[Math.min(shown.line, lines.length - 1)];
    const view = viewport();
    if (!line || outOfView(line, view)) {
      hide();
      return;
    }
    const p = placeCard(line, shown.size, view);
    moveTo(p.left, p.top, p.maxHeight);
  }

  /** After a scroll: the term's line boxes are the one layout read; the card's size is known. */
  function follow(): void {
    if (shown && !pinned) place(lineBoxesInTop(shown.anchor));
  }

  /** A pinned card that grows keeps its place and scrolls within the screen. */
  function capPinned(): void {
    const top = card.getBoundingClientRect().top;
    card.style.maxHeight = `${Math.max(80, viewport().height - top - 8)}px`;
  }

  function hide(): void {
    card.hidden = true;
    shown = undefined;
    following?.abort();
    following = undefined;
    setPinned(false);
    returnFocus?.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  card.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
      if (trapTab(event, card, root)) return;
      if (event.key === 'm' || event.key === 'M' || (event.key === 'ArrowDown' && !expanded)) {
        event.preventDefault();
        setExpanded(event.key === 'ArrowDown' ? true : !expanded);
      }
    },
  );
  // Screen readers hear which control of the card has focus.
  card.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as HTMLElement;
      if (target !== card) actions.announce(target.getAttribute('aria-label') ?? target.textContent ?? '');
    },
  );
  // A pinned card moves by its head.
  makeDraggable(
    card,
    {
      canStart: (target) => pinned && parts !== undefined && parts.head.contains(target),
      moveTo: (left, top) => {
        card.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      },
    },
  );

  function showSubject(subject: Subject, anchor: Range, showOptions: ShowOptions = {}): void {
    if (pinned) setPinned(false);
    if (!shown || subjectKey(shown.subject) !== subjectKey(subject) || card.hidden) {
      expanded = false;
      render(subject);
      if (subject.kind === 'entry') rankCorpus(subject.entry, anchor);
    }
    // Another entry by the same term (a related one) keeps the line it was on.
    shown = { subject, anchor, line: shown?.anchor === anchor ? shown.line : 0, size: { width: 0, height: 0 } };
    card.hidden = false;
    measureAndPlace(showOptions.point);
    if (!shown) return; // its term is off screen
    if (!following) {
      following = new AbortController();
      const view = anchor.startContainer.ownerDocument?.defaultView;
      followOnScroll(view ? [window, view] : [window], follow, following.signal);
    }
    if (showOptions.focus) {
      returnFocus ??= deepActiveElement();
      card.focus();
      const { strings } = options;
      actions.announce(subject.kind === 'entry' ? strings.opened(subject.entry.term) : strings.openedWord(subject.lookup.words[0]?.text ?? subject.lookup.query));
    }
  }

  return {
    get open() {
      return !card.hidden;
    },
    get pinned() {
      return pinned;
    },
    configure(next) {
      options = next;
      applyTheme();
      if (shown && !card.hidden) render(shown.subject);
    },
    show: (entry, anchor, showOptions) => showSubject({ kind: 'entry', entry, written: showOptions?.written ?? entry.term }, anchor, showOptions),
    showWords: (lookup, anchor, showOptions) => showSubject({ kind: 'words', lookup }, anchor, showOptions),
    hide,
  };
}

/** A link into the side panel: only the reader's click (or Enter on it) opens it; one click, one request. */
function panelLink(text: string, open: () => void, className = ''): HTMLAnchorElement {
  const link = el('a', className, text);
  link.href = '#';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (event.isTrusted) open();
  });
  return link;
}

/** A pin drawn as a small SVG (no font has the same glyph everywhere). */
function pinIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M5 1h6l-1 5 3 3H9l-1 6-1-6H3l3-3z');
  svg.append(path);
  return svg;
}

function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : undefined;
}
