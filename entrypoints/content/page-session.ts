// One page's life with Treaty Lens: read its text, decide, annotate, highlight, follow its
// changes, and undo all of it when the site or the extension is turned off.
import { browser } from 'wxt/browser';
import { namesRegion, regionAbsent, type Detection } from '@/lib/detect';
import { resolveLang } from '@/lib/i18n/i18n';
import type { PageState, TooltipEntry } from '@/lib/messaging/messages';
import { affectsAnnotation, categoryShown, shouldAnnotate, siteModeFor, type HighlightStyle, type Settings } from '@/lib/settings/settings';
import { AnnotatedPage, type Located, type Segment } from './annotated-page';
import { chunksOf, requestAnnotations } from './annotation-requests';
import { detectPage } from './detect-page';
import { dirtyRoots } from './dirty-roots';
import { Highlights } from './highlights';
import { MutationBatcher } from './mutation-batcher';
import { publishState } from './page-state';
import { createPageUi, type PageUi } from './page-ui';
import { cardStrings } from './strings';
import { TermNavigator } from './term-navigator';
import { nodeIndexAt, rangeFor, TextCollector, type TextMap } from './text-map';
import type { CardOptions } from './tooltip';
import { recordCard, recordHighlighted } from './perf-marks';
import { chunked, task } from './work';

export interface PageSession {
  apply(settings: Settings): Promise<void>;
  state(): PageState;
  /** Scrolls to the next occurrence of an entry and flashes it. */
  reveal(entryId: string): boolean;
}

/**
 * The highlight a category's ranges go in under a style. ::highlight() rules cannot depend
 * on a class without touching the page's DOM, so each style has its own names (highlights.css).
 */
function highlightName(category: string, style: HighlightStyle): string {
  return style === 'both' ? category : `${category}-${style}`;
}

function cardOptions(settings: Settings): CardOptions {
  const lang = resolveLang(settings.language, navigator.language);
  return { content: settings.card, theme: settings.theme, strings: cardStrings(lang) };
}

export function createPageSession(host: string): PageSession {
  const highlights = new Highlights();
  const terms = new TermNavigator(highlights);
  /** Shown occurrences per entry: the page state's terms, and "first occurrence only". */
  const shownCounts = new Map<string, number>();
  let settings: Settings | undefined;
  let verdict: Detection | undefined;
  let page: AnnotatedPage | undefined;
  let entries: Record<string, TooltipEntry> = {};
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
  let state: PageState = { host, verdict: 'pending', score: 0, reasons: [], terms: 0, found: [] };
  let lastReported = 'unrelated:0:0';
  const mutations = new MutationBatcher(onMutations, () => settled);

  const label = (): PageState['verdict'] => (verdict?.related ? 'related' : 'unrelated');
  const ours = (node: Node): boolean => ui?.isOurs(node) ?? false;

  function found(): PageState['found'] {
    return [...shownCounts]
      .map(([id, count]) => {
        const e = entries[id];
        return { id, term: e?.term ?? id, english: e?.english ?? '', category: e?.category ?? '', count };
      })
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  }

  function publish(verdictLabel: PageState['verdict']): void {
    const off = verdictLabel === 'off';
    const terms = off ? 0 : highlights.size;
    state = { host, verdict: verdictLabel, score: verdict?.score ?? 0, reasons: verdict?.reasons ?? [], terms, found: off ? [] : found() };
    publishState(verdictLabel, terms);
    // The background sets the toolbar badge from it; an open side panel follows it. An
    // unrelated page with no terms (most of the web) says nothing, so it never wakes the
    // worker: its badge is already empty, and a panel asks when it looks.
    const reported = `${verdictLabel}:${terms}:${state.found.length}`;
    if (reported === lastReported) return;
    lastReported = reported;
    browser.runtime.sendMessage({ type: 'page-state', state }).catch(() => undefined);
  }

  function clearAnnotations(): void {
    highlights.clear();
    page = undefined;
    entries = {};
    terms.reset();
    shownCounts.clear();
    ui?.tooltip.hide();
  }

  function removeUi(): void {
    ui?.remove();
    ui = undefined;
  }

  function showCard(at: Located, focus: boolean): void {
    const range = at.segment.ranges[at.index];
    const entry = entries[at.segment.entryIds[at.index]!];
    if (!ui || !range || !entry) return;
    const start = performance.now();
    void ui.tooltip.show(entry, range, { focus }).then(() => recordCard(start));
  }

  function step(delta: 1 | -1): void {
    const shown = page?.shown() ?? [];
    const moved = terms.step(shown, delta);
    if (!moved || !ui) return;
    ui.tooltip.hide();
    const entry = entries[moved.at.segment.entryIds[moved.at.index]!];
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
      openCorpus(docId, paraId) {
        browser.runtime.sendMessage({ type: 'open-panel', docId, paraId }).catch((err: unknown) => {
          console.warn('[Treaty Lens] could not open the side panel', err);
        });
      },
      cardOptions: cardOptions(settings!),
    });
    return ui;
  }

  /** Highlights one chunk's matches, in measured steps. */
  async function highlightMatches(segment: Segment, map: TextMap, signal: AbortSignal): Promise<void> {
    const s = settings!;
    const { watchFrame } = ensureUi();
    const n = segment.starts.length;
    let i = 0;
    await chunked(
      'highlight',
      (deadline) => {
        for (; i < n; i++) {
          if ((i & 15) === 0 && performance.now() > deadline) return false;
          const id = segment.entryIds[i]!;
          if (!categoryShown(s, segment.categories[i]!)) continue;
          if (s.firstOccurrenceOnly && shownCounts.has(id)) continue;
          const range = rangeFor(map, segment.starts[i]!, segment.ends[i]!);
          if (!range) continue;
          segment.ranges[i] = range;
          shownCounts.set(id, (shownCounts.get(id) ?? 0) + 1);
          highlights.add(range, highlightName(segment.categories[i]!, s.highlightStyle));
          const view = range.startContainer.ownerDocument?.defaultView;
          if (view && view !== window) watchFrame(view);
        }
        return true;
      },
      signal,
    );
  }

  /** Annotates a map's text (in chunks) and highlights the matches. */
  async function annotateMap(map: TextMap, signal: AbortSignal): Promise<void> {
    const related = verdict?.related ?? false;
    const chunks = chunksOf(map.text);
    // All requests go at once: the background works through them while we draw.
    const requests = chunks.map((c) => requestAnnotations(c.text, related).then((r) => r, (e: unknown) => e as Error));
    for (let c = 0; c < chunks.length; c++) {
      const response = await requests[c]!;
      signal.throwIfAborted();
      if (response instanceof Error) throw response;
      Object.assign(entries, response.entries);
      const chunk = chunks[c]!;
      const n = response.matches.length;
      const segment: Segment = { map, starts: new Int32Array(n), ends: new Int32Array(n), entryIds: [], ranges: new Array<Range | undefined>(n), categories: [] };
      response.matches.forEach(([id, s, e], i) => {
        segment.starts[i] = chunk.start + s;
        segment.ends[i] = chunk.start + e;
        segment.entryIds.push(id);
        segment.categories.push(response.entries[id]?.category ?? 'organization');
      });
      await highlightMatches(segment, map, signal);
      const from = nodeIndexAt(map, chunk.start);
      const to = c + 1 < chunks.length ? nodeIndexAt(map, chunks[c + 1]!.start) : map.nodes.length;
      page?.add(segment, from, to);
      publish(label());
    }
  }

  async function collect(root: Node, signal: AbortSignal): Promise<TextMap> {
    const collector = new TextCollector(root);
    await chunked('collect', (deadline) => collector.step(deadline), signal);
    return collector.result();
  }

  /** Decides the page. In automatic mode a page that names no part of the region is settled
   * by one regular expression over its raw text, before any walk of the DOM. */
  async function decide(s: Settings, signal: AbortSignal): Promise<TextMap | undefined> {
    if (siteModeFor(s, host) === 'auto') {
      const raw = `${document.title}\n${document.body?.textContent ?? ''}`;
      gated = !task('gate', () => namesRegion(raw));
      if (gated) {
        verdict = regionAbsent(raw);
        return undefined;
      }
    }
    gated = false;
    const map = await collect(document.body ?? document.documentElement, signal);
    verdict = task('detect', () => detectPage(document, map.text));
    textAtDetection = map.text.length;
    return map;
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
    const map = await decide(s, signal);
    grownSince = 0;
    mutations.start();
    if (!map || !shouldAnnotate(s, host, verdict!.related)) {
      clearAnnotations();
      removeUi();
      publish(label());
      return;
    }
    page = new AnnotatedPage();
    await annotateMap(map, signal);
    recordHighlighted();
    publish(label());
  }

  function restart(): Promise<void> {
    pass?.abort();
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

  function onMutations(records: MutationRecord[]): void {
    if (location.href !== href) {
      // A single-page app moved to another page: decide afresh.
      href = location.href;
      void restart();
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
        // Any change of style restarts the pass, so the current style is the one added under.
        (range, category, entryId) => {
          highlights.delete(range, highlightName(category, settings!.highlightStyle));
          const left = (shownCounts.get(entryId) ?? 1) - 1;
          if (left > 0) shownCounts.set(entryId, left);
          else shownCounts.delete(entryId);
        },
      );
      return dirty;
    });
    if (roots.length === 0) {
      publish(label());
      return;
    }
    queue = queue.then(async () => {
      try {
        for (const root of roots) {
          if (root.isConnected) await annotateMap(await collect(root, signal), signal);
        }
        publish(label());
      } catch (err) {
        if (!signal.aborted) console.warn('[Treaty Lens]', err);
      }
    });
  }

  return {
    state() {
      // A screen that asked before the first reading finished shows 'pending' until told
      // otherwise: the first result is then reported even when it is the quiet default.
      if (state.verdict === 'pending') lastReported = '';
      return state;
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
