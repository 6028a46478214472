// One page's life with Treaty Lens: read its text, decide, annotate, highlight, follow its
// changes, and undo all of it when the site or the extension is turned off.
import { browser } from 'wxt/browser';
import type { Detection } from '@/lib/detect';
import type { AnnotateRequest, AnnotateResponse, PageState, TooltipEntry } from '@/lib/messaging/messages';
import { resolveLang } from '@/lib/i18n/i18n';
import { affectsAnnotation, categoryShown, shouldAnnotate, siteModeFor, type HighlightStyle, type Settings } from '@/lib/settings/settings';
import { AnnotatedPage, type Located, type Segment } from './annotated-page';
import { detectPage } from './detect-page';
import { dirtyRoots } from './dirty-roots';
import { Highlights } from './highlights';
import { trackHover } from './hover';
import { trackKeyboard } from './keyboard';
import { publishState } from './page-state';
import { cardStrings } from './strings';
import { BLOCK_SEPARATOR, nodeIndexAt, rangeFor, TextCollector, type TextMap } from './text-map';
import { createTooltip, type CardOptions, type Tooltip } from './tooltip';
import { TOOLTIP_CSS } from './tooltip-css';
import { createUiHost, type UiHost } from './ui-host';
import { chunked, mark, task } from './work';

/** Characters per annotate request: large pages go to the background in pieces. */
const CHUNK_CHARS = 40_000;
/** Mutations are handled in batches, at most this often. */
const MUTATION_THROTTLE_MS = 250;

export interface PageSession {
  apply(settings: Settings): Promise<void>;
  state(): PageState;
  /** Scrolls to the next occurrence of an entry and flashes it. */
  reveal(entryId: string): boolean;
}

/** How long a term revealed from the side panel stays marked. */
const FLASH_MS = 1500;

interface Ui {
  host: UiHost;
  tooltip: Tooltip;
  live: HTMLElement;
  controller: AbortController;
  watchFrame(win: Window): void;
}

type Annotations = Extract<AnnotateResponse, { ok: true }>;

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

function requestAnnotations(text: string, pageRelated: boolean): Promise<Annotations> {
  const request: AnnotateRequest = { type: 'annotate', text, pageRelated };
  return browser.runtime.sendMessage(request).then((response: unknown) => {
    const r = response as AnnotateResponse | undefined;
    if (!r || !r.ok) throw new Error(`annotation failed: ${r ? r.error : 'no answer from the background'}`);
    return r;
  });
}

/** Pieces of the text, cut at block separators, with their offsets. */
function chunksOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      const cut = text.lastIndexOf(BLOCK_SEPARATOR, end);
      if (cut > start) end = cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

export function createPageSession(host: string): PageSession {
  const highlights = new Highlights();
  let settings: Settings | undefined;
  let verdict: Detection | undefined;
  let page: AnnotatedPage | undefined;
  let entries: Record<string, TooltipEntry> = {};
  let ui: Ui | undefined;
  let pass: AbortController | undefined;
  let observer: MutationObserver | undefined;
  let pendingRecords: MutationRecord[] = [];
  let flushTimer = 0;
  let href = location.href;
  let textAtDetection = 0;
  let grownSince = 0;
  let current: Located | undefined;
  let queue: Promise<void> = Promise.resolve();
  /** False while a full pass runs: mutation batches wait for it, then cover what it missed. */
  let settled = true;
  let state: PageState = { host, verdict: 'off', score: 0, reasons: [], terms: 0, found: [] };
  let flashTimer = 0;
  const shownEntries = new Set<string>();

  function found(): PageState['found'] {
    const counts = new Map<string, number>();
    for (const { segment, index } of page?.shown() ?? []) {
      const id = segment.entryIds[index]!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
      .map(([id, count]) => {
        const e = entries[id];
        return { id, term: e?.term ?? id, english: e?.english ?? '', category: e?.category ?? '', count };
      })
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  }

  function publish(label: PageState['verdict']): void {
    const terms = label === 'off' ? 0 : highlights.size;
    state = { host, verdict: label, score: verdict?.score ?? 0, reasons: verdict?.reasons ?? [], terms, found: label === 'off' ? [] : found() };
    publishState(label, terms);
    // The background sets the toolbar badge from it; an open side panel follows it.
    browser.runtime.sendMessage({ type: 'page-state', state }).catch(() => undefined);
  }

  const label = (): PageState['verdict'] => (verdict?.related ? 'related' : 'unrelated');
  const ours = (node: Node): boolean => ui !== undefined && (node === ui.host.element || ui.host.element.contains(node));

  function clearAnnotations(): void {
    highlights.clear();
    page = undefined;
    entries = {};
    current = undefined;
    shownEntries.clear();
    ui?.tooltip.hide();
  }

  function removeUi(): void {
    ui?.controller.abort();
    ui?.host.remove();
    ui = undefined;
  }

  function stopObserving(): void {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(flushTimer);
    flushTimer = 0;
    pendingRecords = [];
  }

  function openCorpus(docId: string, paraId: string): void {
    browser.runtime.sendMessage({ type: 'open-panel', docId, paraId }).catch((err: unknown) => {
      console.warn('[Treaty Lens] could not open the side panel', err);
    });
  }

  function showCard(at: Located, focus: boolean): void {
    const range = at.segment.ranges[at.index];
    const entry = entries[at.segment.entryIds[at.index]!];
    if (!ui || !range || !entry) return;
    const start = performance.now();
    void ui.tooltip.show(entry, range, { focus }).then(() => {
      performance.measure('treaty-lens:card', { start, end: performance.now() });
    });
  }

  function reveal(entryId: string): boolean {
    const list = (page?.shown() ?? []).filter((l) => l.segment.entryIds[l.index] === entryId);
    if (list.length === 0) return false;
    const at = current ? list.findIndex((l) => l.segment === current!.segment && l.index === current!.index) : -1;
    const next = list[(at + 1) % list.length]!;
    current = next;
    const range = next.segment.ranges[next.index]!;
    highlights.setCurrent(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    clearTimeout(flashTimer);
    flashTimer = window.setTimeout(() => {
      if (current === next) highlights.setCurrent(undefined);
    }, FLASH_MS);
    return true;
  }

  function step(delta: 1 | -1): void {
    const list = page?.shown() ?? [];
    if (list.length === 0 || !ui) return;
    const at = current ? list.findIndex((l) => l.segment === current!.segment && l.index === current!.index) : -1;
    const next = list[at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length]!;
    current = next;
    const range = next.segment.ranges[next.index]!;
    highlights.setCurrent(range);
    ui.tooltip.hide();
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const entry = entries[next.segment.entryIds[next.index]!];
    const n = list.indexOf(next) + 1;
    ui.live.textContent = `${entry?.term ?? ''} — ${entry?.english ?? ''}. Term ${n} of ${list.length}. Enter opens its card.`;
  }

  function ensureUi(): Ui {
    if (ui) return ui;
    const uiHost = createUiHost(TOOLTIP_CSS);
    const tooltip = createTooltip(uiHost.root, openCorpus, cardOptions(settings!));
    const live = document.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    uiHost.root.append(live);
    const controller = new AbortController();
    const hover = trackHover(
      {
        hitAt(node, offset) {
          const at = page?.at(node, offset);
          const range = at?.segment.ranges[at.index];
          return at && range ? { key: range, range, at } : undefined;
        },
        show: (hit) => showCard(hit.at, false),
        hide: () => tooltip.hide(),
        isInsideUi: (t) => t instanceof Node && uiHost.root.contains(t),
      },
      controller.signal,
    );
    trackKeyboard(
      {
        step,
        hasCurrent: () => current !== undefined,
        openCurrent: () => current && showCard(current, true),
        cardOpen: () => tooltip.open,
        closeCard: () => tooltip.hide(),
      },
      controller.signal,
    );
    ui = { host: uiHost, tooltip, live, controller, watchFrame: hover.watch };
    return ui;
  }

  /** Annotates a map's text (in chunks) and highlights the matches. */
  async function annotateMap(map: TextMap, signal: AbortSignal): Promise<void> {
    const s = settings!;
    const related = verdict?.related ?? false;
    const chunks = chunksOf(map.text);
    // All requests go at once: the background works through them while we draw.
    const requests = chunks.map((c) => requestAnnotations(c.text, related).then((r) => r, (e: unknown) => e as Error));
    const { watchFrame } = ensureUi();
    for (let c = 0; c < chunks.length; c++) {
      const response = await requests[c]!;
      signal.throwIfAborted();
      if (response instanceof Error) throw response;
      Object.assign(entries, response.entries);
      const chunk = chunks[c]!;
      const n = response.matches.length;
      const segment: Segment = { map, starts: new Int32Array(n), ends: new Int32Array(n), entryIds: [], ranges: new Array(n), categories: [] };
      response.matches.forEach(([id, s, e], i) => {
        segment.starts[i] = chunk.start + s;
        segment.ends[i] = chunk.start + e;
        segment.entryIds.push(id);
        segment.categories.push(response.entries[id]?.category ?? 'organization');
      });
      let i = 0;
      await chunked(
        'highlight',
        (deadline) => {
          for (; i < n; i++) {
            if ((i & 63) === 0 && performance.now() > deadline) return false;
            const id = segment.entryIds[i]!;
            if (!categoryShown(s, segment.categories[i]!)) continue;
            if (s.firstOccurrenceOnly && shownEntries.has(id)) continue;
            const range = rangeFor(map, segment.starts[i]!, segment.ends[i]!);
            if (!range) continue;
            segment.ranges[i] = range;
            shownEntries.add(id);
            highlights.add(range, highlightName(segment.categories[i]!, s.highlightStyle));
            const view = range.startContainer.ownerDocument?.defaultView;
            if (view && view !== window) watchFrame(view);
          }
          return true;
        },
        signal,
      );
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

  async function run(signal: AbortSignal): Promise<void> {
    const s = settings!;
    if (!s.enabled || siteModeFor(s, host) === 'never') {
      clearAnnotations();
      removeUi();
      stopObserving();
      verdict = undefined;
      publish('off');
      return;
    }
    const map = await collect(document.body ?? document.documentElement, signal);
    verdict = task('detect', () => detectPage(document, map.text));
    textAtDetection = map.text.length;
    grownSince = 0;
    observe();
    if (!shouldAnnotate(s, host, verdict.related)) {
      clearAnnotations();
      removeUi();
      publish(label());
      return;
    }
    page = new AnnotatedPage();
    await annotateMap(map, signal);
    mark('highlighted');
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

  function observe(): void {
    if (observer) return;
    observer = new MutationObserver((records) => {
      pendingRecords.push(...records);
      flushTimer ||= window.setTimeout(flush, MUTATION_THROTTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function flush(): void {
    flushTimer = 0;
    if (!settled) {
      flushTimer = window.setTimeout(flush, MUTATION_THROTTLE_MS);
      return;
    }
    const records = pendingRecords;
    pendingRecords = [];
    if (location.href !== href) {
      // A single-page app moved to another page: decide afresh.
      href = location.href;
      void restart();
      return;
    }
    const signal = pass?.signal;
    if (!signal || signal.aborted) return;
    if (!page) {
      // Not annotating; a page that was still loading its text may have become a real page.
      grownSince += records.reduce((n, r) => n + [...r.addedNodes].reduce((m, node) => m + (ours(node) ? 0 : (node.textContent?.length ?? 0)), 0), 0);
      // Each doubling of the text re-decides once, so a growing unrelated page costs log(n) passes.
      if (grownSince > Math.max(100, textAtDetection)) void restart();
      return;
    }
    const roots = task('mutations', () => {
      const found = dirtyRoots(records, ours);
      page!.remove(
        (range) => !range.startContainer.isConnected || found.some((root) => root.contains(range.startContainer)),
        // Any change of style restarts the pass, so the current style is the one added under.
        (range, category) => highlights.delete(range, highlightName(category, settings!.highlightStyle)),
      );
      return found;
    });
    if (roots.length === 0) {
      publish(label());
      return;
    }
    queue = queue.then(async () => {
      try {
        for (const root of roots) {
          if (!root.isConnected) continue;
          await annotateMap(await collect(root, signal), signal);
        }
        publish(label());
      } catch (err) {
        if (!signal.aborted) console.warn('[Treaty Lens]', err);
      }
    });
  }

  return {
    state: () => state,
    reveal,
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
