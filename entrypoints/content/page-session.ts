// One page's life with Treaty Lens: read its text, decide, annotate, highlight, follow its
// changes, and undo all of it when the site or the extension is turned off.
import { namesRegion, regionAbsent, type Detection } from '@/lib/detect';
import { resolveLang } from '@/lib/i18n/i18n';
import type { AnnotateRequest, Annotations, PageState } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';
import { hoverReach, isLookupKey, type HoverReach } from '@/lib/settings/lookup-key';
import { affectsAnnotation, categoryShown, renderingsFor, shouldAnnotate, siteModeFor, type HighlightStyle, type Settings } from '@/lib/settings/settings';
import { codeUnitOrder } from '@/lib/text/code-unit-order';
import { AnnotatedPage, type Located, type Segment } from './annotated-page';
import { chunksOf, isOneChunk, requestAnnotations, type Chunk } from './annotation-requests';
import { dirtyRoots } from './dirty-roots';
import { FrameWatch } from './frame-watch';
import { Highlights, HIGHLIGHT_PREFIX } from './highlights';
import { MutationBatcher } from './mutation-batcher';
import { createStateReporter } from './page-state';
import { PageGuard } from './page-guard';
import { viewedPdfAddress } from './viewed-pdf';
import { createPageUi, type PageUi } from './page-ui';
import { cardStrings } from './strings';
import { TermNavigator } from './term-navigator';
import { TooltipEntries } from './tooltip-entries';
import { nodeIndexAt, rangeFor, TextCollector, type TextMap } from './text-map';
import type { CardOptions } from './tooltip';
import { isSecondOfTouching } from './adjacency';
import { recordCard, recordHighlighted, recordSettled } from './perf-marks';
import { exposeToAutomation } from './probe';
import { reconcile } from './reconcile';
import { requestVerdict } from './verdict-requests';
import { RereadQueue } from './reread-queue';
import { chunked, task, yieldToPage } from './work';

export interface PageSession {
  apply(settings: Settings): Promise<void>;
  state(): PageState;
  /** Scrolls to the next occurrence of an entry and flashes it. */
  reveal(entryId: string): boolean;
  /** Annotates this page whatever the verdict, until it is reloaded or left; the state after the pass. */
  annotateOnce(): Promise<PageState>;
  /** The page may have moved to another address (a single-page app): decides afresh if so. */
  addressChanged(): void;
  /** Opens the card for the page's selection, annotated or not; false when nothing is selected. */
  lookUpSelection(): Promise<boolean>;
  /** The page's owner added text it wants read now (the PDF reader, a page at a time), not after the mutation throttle. */
  contentAdded(): void;
}

/**
 * The highlight a category's ranges go in under a style. ::highlight() rules cannot depend
 * on a class without touching the page's DOM, so each style has its own names (highlights.css),
 * and so has the mark of a term that touches the one before it (adjacency.ts).
 */
function highlightName(category: string, style: HighlightStyle, apart: boolean): string {
  const name = apart ? `${category}-next` : category;
  return style === 'both' ? name : `${name}-${style}`;
}

/** A later occurrence drawn lightly: the same in every style. */
function laterName(category: string, apart: boolean): string {
  return apart ? `${category}-later-next` : `${category}-later`;
}

/** What the pointer opens on a page we do not annotate. */
const NOTHING: HoverReach = { glossary: false, words: false };

function cardOptions(settings: Settings): CardOptions {
  const lang = resolveLang(settings.language, navigator.language);
  return { content: settings.card, theme: settings.theme, lang, renderings: renderingsFor(settings, lang), strings: cardStrings(lang) };
}

export function createPageSession(host: string): PageSession {
  const highlights = new Highlights();
  exposeToAutomation(highlights);
  const terms = new TermNavigator(highlights);
  /** Shown occurrences per entry: the page state's terms, and "first occurrence only". */
  const shownCounts = new Map<string, number>();
  let settings: Settings | undefined;
  let verdict: Detection | undefined;
  let page: AnnotatedPage | undefined;
  const entries = new TooltipEntries((ids) => sendToExtension({ type: 'tooltip-entries', ids }).then((reply) => reply.entries));
  /** Bumped by every card asked for: a card waiting for its entry opens only if no other was asked for since. */
  let cardAsked = 0;
  let ui: PageUi | undefined;
  let pass: AbortController | undefined;
  let queue: Promise<void> = Promise.resolve();
  /** False while a full pass runs: mutation batches wait for it. */
  let settled = true;
  let href = location.href;
  /** Decided by the region gate alone: then only added text that names the region matters. */
  let gated = false;
  let textAtDetection = 0;
  let grownSince = 0;
  /** The reader asked for this page to be annotated (from the popup): this address only, not stored. */
  let once = false;
  // A document's content type is fixed for its life: read once, never fetched.
  const pdf = viewedPdfAddress(document);
  let state: PageState = { host, verdict: 'pending', score: 0, reasons: [], terms: 0, found: [], ...pdf };
  const reporter = createStateReporter();
  const mutations = new MutationBatcher(onMutations, () => settled);
  const rereads = new RereadQueue(reread);
  const guard = new PageGuard({ restore: () => highlights.restore(), designModeChanged: () => void restart() });
  const frames = new FrameWatch(rereadFrame);
  /** The document's root element: document.open() replaces it, and with it our listeners. */
  let root = document.documentElement;

  const label = (): PageState['verdict'] => (verdict?.related ? 'related' : 'unrelated');
  const ours = (node: Node): boolean => ui?.isOurs(node) ?? false;

  function found(): PageState['found'] {
    return [...shownCounts]
      .map(([id, count]) => {
        const e = entries.get(id);
        return { id, term: e?.term ?? id, english: e?.english ?? '', category: e?.category ?? '', count };
      })
      .sort((a, b) => b.count - a.count || codeUnitOrder(a.term, b.term));
  }

  function publish(verdictLabel: PageState['verdict']): void {
    const off = verdictLabel === 'off';
    const terms = off ? 0 : highlights.size;
    state = { host, verdict: verdictLabel, score: verdict?.score ?? 0, reasons: verdict?.reasons ?? [], terms, found: off ? [] : found(), once: once && !off, ...pdf };
    // The background sets the toolbar badge from it and keeps it; an open side panel follows it.
    reporter.report(state);
  }

  function clearAnnotations(): void {
    guard.stop();
    frames.stop();
    highlights.clear();
    page = undefined;
    entries.clear();
    terms.reset();
    shownCounts.clear();
    ui?.tooltip.hide();
  }

  function removeUi(): void {
    ui?.remove();
    ui = undefined;
  }

  function showCard(at: Located, focus: boolean, point?: { x: number; y: number }): void {
    const range = at.segment.ranges[at.index];
    const id = at.segment.entryIds[at.index]!;
    const entry = entries.get(id);
    const asked = ++cardAsked;
    if (!ui || !range) return;
    if (!entry) {
      // Asked for before the page's entries came (they follow its first highlights).
      void entries.want([id]).then(() => {
        if (asked === cardAsked && at.segment.ranges[at.index] === range && entries.get(id)) showCard(at, focus, point);
      });
      return;
    }
    const start = performance.now();
    // The page's own form of the term (traditional characters, say), without its line breaks.
    const written = range.toString().replace(/\s+/g, '');
    ui.tooltip.show(entry, range, { focus, point, written });
    recordCard(start);
  }

  function step(delta: 1 | -1): void {
    const shown = page?.shown() ?? [];
    const moved = terms.step(shown, delta);
    if (!moved || !ui) return;
    ui.tooltip.hide();
    const entry = entries.get(moved.at.segment.entryIds[moved.at.index]!);
    const strings = cardOptions(settings!).strings;
    ui.announce(strings.stepped(entry?.term ?? '', entry?.english ?? '', moved.n, shown.length));
  }

  function ensureUi(): PageUi {
    ui ??= createPageUi({
      hitAt(node, offset) {
        const at = page?.at(node, offset);
        const range = at?.segment.ranges[at.index];
        return at && range ? { at, range } : undefined;
      },
      showCard,
      step,
      current: () => terms.current,
      entryFor: (entryId) => entries.get(entryId),
      corpusFor: (entryId, paragraph) => sendToExtension({ type: 'card-corpus', entryId, paragraph }).then((r) => r.refs),
      openPanel(target) {
        sendToExtension({ type: 'open-panel', ...target }).catch((err: unknown) => {
          console.warn('[Treaty Lens] could not open the side panel', err);
        });
      },
      cardOptions: cardOptions(settings!),
      // The pointer opens cards only on a page we annotate; a card shown for a selection
      // elsewhere does not make the page hoverable.
      reach: (modifiers) => (page ? hoverReach(settings!, modifiers) : NOTHING),
      isLookupKey: (key) => isLookupKey(settings!.lookupKey, key),
    });
    return ui;
  }

  /** Shows one match if the settings allow it: its range, its highlight, its count. */
  function showMatch(segment: Segment, i: number): void {
    const s = settings!;
    const id = segment.entryIds[i]!;
    if (!categoryShown(s, segment.categories[i]!)) return;
    const later = shownCounts.has(id);
    if (s.firstOccurrenceOnly && later) return;
    const range = rangeFor(segment.map, segment.starts[i]!, segment.ends[i]!);
    if (!range) return;
    segment.ranges[i] = range;
    shownCounts.set(id, (shownCounts.get(id) ?? 0) + 1);
    highlights.add(range, nameOf(segment, i, later));
    const view = range.startContainer.ownerDocument?.defaultView;
    if (view && view !== window) ensureUi().watchFrame(view);
  }

  /** The highlight a shown match goes in: its category, style, neighbour and whether it is a repeat. */
  function nameOf(segment: Segment, i: number, later: boolean): string {
    const s = settings!;
    const apart = isSecondOfTouching(segment.starts, segment.ends, i);
    return later && s.lightRepeats ? laterName(segment.categories[i]!, apart) : highlightName(segment.categories[i]!, s.highlightStyle, apart);
  }

  /**
   * After the jieba stage: the first occurrence of each entry in the page's order in full, the
   * rest light. The first stage is right but for a term jieba adds before its other occurrences;
   * only those ranges change.
   */
  function relightRepeats(segments: readonly Segment[]): void {
    if (!settings!.lightRepeats) return;
    const current = new Map(highlights.entries().map(([name, range]) => [range, name]));
    const seen = new Set<string>();
    for (const segment of segments) {
      segment.ranges.forEach((range, i) => {
        if (!range) return;
        const id = segment.entryIds[i]!;
        const name = nameOf(segment, i, seen.has(id));
        seen.add(id);
        if (current.get(range) === HIGHLIGHT_PREFIX + name) return;
        highlights.delete(range);
        highlights.add(range, name);
      });
    }
    highlights.flush();
  }

  function hideMatch(segment: Segment, i: number): void {
    const range = segment.ranges[i];
    if (!range) return;
    forget(range, segment.categories[i]!, segment.entryIds[i]!);
    segment.ranges[i] = undefined;
  }

  function forgetShown(entryId: string): void {
    const left = (shownCounts.get(entryId) ?? 1) - 1;
    if (left > 0) shownCounts.set(entryId, left);
    else shownCounts.delete(entryId);
  }

  /** Highlights one chunk's matches, in measured steps. */
  async function highlightMatches(segment: Segment, signal: AbortSignal): Promise<void> {
    const n = segment.starts.length;
    let i = 0;
    await chunked(
      'highlight',
      (deadline) => {
        for (; i < n; i++) {
          if ((i & 15) === 0 && performance.now() > deadline) return false;
          showMatch(segment, i);
        }
        highlights.flush();
        return true;
      },
      signal,
    );
  }

  function segmentOf(map: TextMap, chunk: Chunk, response: Annotations): Segment {
    const { ids, categories, spans } = response;
    const n = spans.length / 3;
    const segment: Segment = { map, starts: new Int32Array(n), ends: new Int32Array(n), entryIds: [], ranges: new Array<Range | undefined>(n), categories: [] };
    for (let i = 0; i < n; i++) {
      const at = spans[3 * i]!;
      segment.starts[i] = chunk.start + spans[3 * i + 1]!;
      segment.ends[i] = chunk.start + spans[3 * i + 2]!;
      segment.entryIds.push(ids[at]!);
      segment.categories.push(categories[at]!);
    }
    return segment;
  }

  /** Takes the jieba stage's word for a segment: keeps what both stages found, fixes the rest. */
  function settle(segment: Segment, settled: Segment): void {
    task('settle', () => {
      const { kept, dropped } = reconcile(segment, settled);
      for (const i of dropped) hideMatch(segment, i);
      const ranges = segment.ranges;
      segment.starts = settled.starts;
      segment.ends = settled.ends;
      segment.entryIds = settled.entryIds;
      segment.categories = settled.categories;
      segment.ranges = new Array<Range | undefined>(settled.starts.length);
      kept.forEach((from, i) => {
        if (from >= 0) segment.ranges[i] = ranges[from];
        else showMatch(segment, i);
      });
      highlights.flush();
    });
  }

  /** Annotates a map's text (in chunks) and highlights the matches: the fast stage's at once,
   * then the jieba stage's corrections. `first`: the fast matches of a one-chunk text, already
   * come with the verdict. */
  async function annotateMap(map: TextMap, signal: AbortSignal, first?: Annotations): Promise<void> {
    const related = verdict?.related ?? false;
    const chunks = chunksOf(map.text);
    // Every fast request goes at once (the background answers them while jieba warms up);
    // each chunk's settled request follows its fast reply, and so does the request for the
    // cards' entries it names (each entry once per page).
    const ask = (c: Chunk, stage: AnnotateRequest['stage']) => requestAnnotations(c.text, related, stage).catch((e: unknown) => e as Error);
    const fast = chunks.map((c, i) => (i === 0 && first ? Promise.resolve(first) : ask(c, 'fast')));
    const settled = chunks.map((c, i) => fast[i]!.then(() => ask(c, 'settled')));
    const cards = fast.map((reply) => reply.then((r) => (r instanceof Error || signal.aborted ? undefined : entries.want(r.ids))));
    const segments: Segment[] = [];
    for (let c = 0; c < chunks.length; c++) {
      const response = await fast[c]!;
      signal.throwIfAborted();
      if (response instanceof Error) throw response;
      const segment = segmentOf(map, chunks[c]!, response);
      await highlightMatches(segment, signal);
      const from = nodeIndexAt(map, chunks[c]!.start);
      const to = c + 1 < chunks.length ? nodeIndexAt(map, chunks[c + 1]!.start) : map.nodes.length;
      page?.add(segment, from, to);
      segments.push(segment);
    }
    recordHighlighted();
    // The card and its listeners (≈ 15 ms to build) once the highlights are up, not before.
    await yieldToPage();
    signal.throwIfAborted();
    task('ui', ensureUi);
    // The page's state (its count, the panel's list, automation) waits for the settled word.
    let unconfirmed: Error | undefined;
    for (let c = 0; c < chunks.length; c++) {
      const response = await settled[c]!;
      signal.throwIfAborted();
      // jieba could not confirm this chunk (it failed to start, or its reply was refused): the
      // first stage's highlights stand, and the page still gets its state.
      if (response instanceof Error) unconfirmed = response;
      else settle(segments[c]!, segmentOf(map, chunks[c]!, response));
    }
    if (unconfirmed) console.warn("[Treaty Lens] the second stage failed; the first stage's highlights stay:", unconfirmed.message);
    task('settle', () => relightRepeats(segments));
    recordSettled();
    // The page state lists each entry's term and English: it waits for the entries.
    await Promise.all(cards);
    signal.throwIfAborted();
    publish(label());
  }

  async function collect(root: Node, signal: AbortSignal): Promise<TextMap> {
    const collector = new TextCollector(root);
    await chunked('collect', (deadline) => collector.step(deadline), signal);
    return collector.result();
  }

  /** Whether this page is annotated under these settings with this verdict (or the reader asked once). */
  const annotates = (s: Settings, related: boolean) => once || shouldAnnotate(s, host, related);

  /** Decides the page. In automatic mode a page that names no part of the region is settled
   * by one regular expression over its raw text, before any walk of the DOM. */
  async function decide(s: Settings, signal: AbortSignal): Promise<{ map: TextMap; fast?: Annotations } | undefined> {
    if (siteModeFor(s, host) === 'auto' && !once) {
      const raw = `${document.title}\n${document.body?.textContent ?? ''}`;
      gated = !task('gate', () => namesRegion(raw));
      if (gated) {
        verdict = regionAbsent(raw);
        return undefined;
      }
    }
    gated = false;
    const map = await collect(document.body ?? document.documentElement, signal);
    // A page of one chunk that will be annotated gets its fast matches with the verdict.
    const wanted = annotates(s, false) ? 'always' : annotates(s, true) ? 'if-related' : undefined;
    const judged = await requestVerdict(document, map.text, isOneChunk(map.text) ? wanted : undefined);
    verdict = judged.verdict;
    signal.throwIfAborted();
    textAtDetection = map.text.length;
    return judged.fast ? { map, fast: judged.fast } : { map };
  }

  async function run(signal: AbortSignal): Promise<void> {
    const s = settings!;
    if (!s.enabled || siteModeFor(s, host) === 'never') {
      clearAnnotations();
      removeUi();
      mutations.stop();
      verdict = undefined;
      publish('off');
      return;
    }
    const designMode = document.designMode;
    const decided = await decide(s, signal);
    grownSince = 0;
    mutations.start();
    if (!decided || !annotates(s, verdict!.related)) {
      clearAnnotations();
      removeUi();
      publish(label());
      return;
    }
    page = new AnnotatedPage();
    await annotateMap(decided.map, signal, decided.fast);
    guard.start(designMode);
    frames.scan();
  }

  function restart(): Promise<void> {
    pass?.abort();
    rereads.clear();
    const controller = new AbortController();
    pass = controller;
    clearAnnotations();
    settled = false;
    queue = queue.then(() =>
      run(controller.signal)
        .catch((err: unknown) => {
          if (!controller.signal.aborted) console.warn('[Treaty Lens]', err);
        })
        .finally(() => {
          if (pass === controller) settled = true;
        }),
    );
    return queue;
  }

  function addressChanged(): void {
    if (location.href === href) return;
    // A single-page app moved to another page: decide afresh (and report the new address).
    href = location.href;
    once = false;
    void restart();
  }

  /** Forgets one removed annotation's highlight and count. */
  function forget(range: Range, _category: string, entryId: string): void {
    highlights.delete(range);
    forgetShown(entryId);
  }

  /** A same-origin frame loaded or changed: its annotations are read again. */
  function rereadFrame(_frame: HTMLIFrameElement, doc: Document): void {
    const signal = pass?.signal;
    if (!page || !signal || signal.aborted) return;
    page.remove((range) => !range.startContainer.isConnected || range.startContainer.ownerDocument === doc, forget);
    if (doc.body) rereads.add([doc.body]);
  }

  function onMutations(records: MutationRecord[]): void {
    if (document.documentElement !== root) {
      // document.open() replaced the document, our host and listeners with it: start afresh.
      root = document.documentElement;
      removeUi();
      void restart();
      return;
    }
    if (location.href !== href) {
      addressChanged();
      return;
    }
    const signal = pass?.signal;
    if (!signal || signal.aborted) return;
    const theirs = (node: Node) => !ours(node);
    const changed = records.filter(
      (r) => !ours(r.target) && (r.type === 'characterData' || [...r.addedNodes].some(theirs) || [...r.removedNodes].some(theirs)),
    );
    if (changed.length === 0) return; // only our own host came or went
    if (!page) {
      // Not annotating; a page that was still loading its text may have become a real page.
      const added = changed.flatMap((r) => [...r.addedNodes].filter(theirs).map((node) => node.textContent ?? ''));
      if (gated) {
        if (task('gate', () => added.some(namesRegion))) void restart();
        return;
      }
      grownSince += added.reduce((n, text) => n + text.length, 0);
      // Each doubling of the text re-decides once, so a growing unrelated page costs log(n) passes.
      if (grownSince > Math.max(100, textAtDetection)) void restart();
      return;
    }
    const roots = task('mutations', () => {
      const dirty = dirtyRoots(changed, ours);
      page!.remove(
        // A live Range whose text was removed collapses onto the (still connected) parent;
        // ours are never empty, so collapsed means gone.
        (range) => range.collapsed || !range.startContainer.isConnected || dirty.some((root) => root.contains(range.startContainer)),
        forget,
      );
      return dirty;
    });
    frames.scan();
    if (roots.length === 0) {
      publish(label());
      return;
    }
    rereads.add(roots);
  }

  /** Reads one changed block again (see reread-queue.ts for how often). */
  async function reread(root: Element, signal: AbortSignal): Promise<void> {
    const passSignal = pass?.signal;
    if (!root.isConnected || !passSignal || passSignal.aborted || !page) return;
    const both = AbortSignal.any([signal, passSignal]);
    await annotateMap(await collect(root, both), both);
    publish(label());
  }

  // The extension knows of every page it runs in, pending until the first reading ends.
  reporter.report(state);

  return {
    addressChanged,
    state() {
      // A screen that asked before the first reading finished shows 'pending' until told
      // otherwise: the first result is then reported even when it is the quiet default.
      if (state.verdict === 'pending') reporter.forget();
      return state;
    },
    async annotateOnce() {
      once = true;
      await restart();
      return state;
    },
    contentAdded() {
      mutations.flushNow();
    },
    lookUpSelection() {
      // An explicit request: the card shows on any page, even one whose site is set to never.
      return Promise.resolve(settings !== undefined && ensureUi().openSelection());
    },
    reveal(entryId) {
      const occurrences = (page?.shown() ?? []).filter((l) => l.segment.entryIds[l.index] === entryId);
      return terms.reveal(occurrences);
    },
    apply(next) {
      const previous = settings;
      settings = next;
      ui?.tooltip.configure(cardOptions(next));
      // The card's content, colours and language apply to the open card at once; only what
      // changes the highlights costs a new pass over the page.
      if (previous && !affectsAnnotation(previous, next, host)) return Promise.resolve();
      return restart();
    },
  };
}
