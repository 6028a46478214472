// One page's life with Treaty Lens: read its text, decide, annotate, highlight, and
// undo all of it when the site or the extension is turned off.
import { browser } from 'wxt/browser';
import { detect } from '@/lib/detect';
import type { AnnotateRequest, AnnotateResponse, PageState, TooltipEntry } from '@/lib/messaging/messages';
import { shouldAnnotate, siteModeFor, type Settings } from '@/lib/settings/settings';
import { clearHighlights, showHighlights } from './highlights';
import { trackHover } from './hover';
import { publishState } from './page-state';
import { collectText, nodeIndex, offsetOf, rangeFor, type TextMap } from './text-map';
import { createTooltip, type Tooltip } from './tooltip';
import { TOOLTIP_CSS } from './tooltip-css';
import { createUiHost, type UiHost } from './ui-host';

interface Annotations {
  starts: Int32Array;
  ends: Int32Array;
  entryIds: string[];
  entries: Record<string, TooltipEntry>;
  ranges: (Range | undefined)[];
}

export interface PageSession {
  apply(settings: Settings): Promise<void>;
  state(): PageState;
}

async function requestAnnotations(text: string, pageRelated: boolean): Promise<Omit<Annotations, 'ranges'>> {
  const request: AnnotateRequest = { type: 'annotate', text, pageRelated };
  const response = (await browser.runtime.sendMessage(request)) as AnnotateResponse | undefined;
  if (!response || !response.ok) throw new Error(`annotation failed: ${response ? response.error : 'no answer'}`);
  const n = response.matches.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const entryIds: string[] = [];
  response.matches.forEach(([id, s, e], i) => {
    starts[i] = s;
    ends[i] = e;
    entryIds.push(id);
  });
  return { starts, ends, entryIds, entries: response.entries };
}

export function createPageSession(host: string): PageSession {
  let map: TextMap | undefined;
  let index: Map<Text, number> | undefined;
  let verdict: ReturnType<typeof detect> | undefined;
  let annotations: Annotations | undefined;
  let ui: { host: UiHost; tooltip: Tooltip; hover: AbortController } | undefined;
  let current: PageState = { host, verdict: 'off', score: 0, reasons: [], terms: 0 };
  let generation = 0;

  function publish(state: PageState['verdict'], terms: number): void {
    current = { host, verdict: state, score: verdict?.score ?? 0, reasons: verdict?.reasons ?? [], terms };
    publishState(state, terms);
  }

  function turnOff(): void {
    clearHighlights();
    ui?.hover.abort();
    ui?.host.remove();
    ui = undefined;
  }

  function openCorpus(docId: string, paraId: string): void {
    browser.runtime.sendMessage({ type: 'open-panel', docId, paraId }).catch((err: unknown) => {
      console.warn('[Treaty Lens] could not open the side panel', err);
    });
  }

  function ensureUi(): void {
    if (ui) return;
    const uiHost = createUiHost(TOOLTIP_CSS);
    const tooltip = createTooltip(uiHost.root, openCorpus);
    const hover = new AbortController();
    trackHover(() => {
      const a = annotations;
      if (!a || !map || !index) return undefined;
      const m = map;
      const idx = index;
      return {
        starts: a.starts,
        ends: a.ends,
        offsetOf: (node, offset) => offsetOf(m, idx, node, offset),
        rangeOf: (i) => a.ranges[i],
        show: (i, range) => {
          const entry = a.entries[a.entryIds[i]!];
          if (entry) void tooltip.show(entry, range);
        },
        hide: () => tooltip.hide(),
        isInsideUi: (t) => t instanceof Node && uiHost.root.contains(t),
      };
    }, hover.signal);
    ui = { host: uiHost, tooltip, hover };
  }

  return {
    state: () => current,
    async apply(settings) {
      const gen = ++generation;
      if (!settings.enabled || siteModeFor(settings, host) === 'never') {
        turnOff();
        publish('off', 0);
        return;
      }
      map ??= collectText(document.body ?? document.documentElement);
      verdict ??= detect({ title: document.title, text: map.text });
      const label = verdict.related ? 'related' : 'unrelated';
      if (!shouldAnnotate(settings, host, verdict.related)) {
        turnOff();
        publish(label, 0);
        return;
      }
      if (!annotations) {
        const got = await requestAnnotations(map.text, verdict.related);
        const m = map;
        annotations ??= { ...got, ranges: got.entryIds.map((_, i) => rangeFor(m, got.starts[i]!, got.ends[i]!)) };
        index ??= nodeIndex(map);
      }
      if (gen !== generation) return; // settings changed while we waited
      const byCategory = new Map<string, Range[]>();
      annotations.ranges.forEach((range, i) => {
        const category = annotations!.entries[annotations!.entryIds[i]!]?.category;
        if (!range || !category) return;
        const list = byCategory.get(category) ?? [];
        list.push(range);
        byCategory.set(category, list);
      });
      showHighlights(byCategory);
      ensureUi();
      let highlighted = 0;
      for (const ranges of byCategory.values()) highlighted += ranges.length;
      publish(label, highlighted);
    },
  };
}
