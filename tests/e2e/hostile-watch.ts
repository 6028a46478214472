// A tab watched through CDP rather than Playwright's page helpers: a hostile page replaces
// built-ins, and Playwright's main-world helpers would run on top of them. Expressions run
// in a world of their choice: the page's own, our content script's, or a clean isolated
// world for measuring (the DOM is shared by all worlds, so what it reads is the page's DOM).
// Every console error, uncaught exception and browser log error is recorded, and so is
// every warning from our content script's world or mentioning Treaty Lens.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { HIGHLIGHT_ENTRIES, OUR_ROOT } from '../../scripts/harness/page-probes';
import { tabStateOf } from '../../scripts/harness/page-states';

const CONTENT_WORLD = 'Treaty Lens';
const MEASURE_WORLD = 'treaty-lens-tests';

interface Context {
  id: number;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

export type World = 'page' | 'content' | 'measure';

export class WatchedTab {
  readonly problems: string[] = [];
  /** Every console message, as `type [world] text`. */
  readonly log: string[] = [];
  private readonly contexts = new Map<number, Context>();
  private measureWorld: number | undefined;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => this.contexts.set(context.id, context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => {
      this.contexts.clear();
      this.measureWorld = undefined;
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      const world = this.contexts.get(executionContextId)?.name ?? '';
      const text = args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
      this.log.push(`${type} [${world || 'page'}] ${text}`);
      const ours = world === CONTENT_WORLD || /treaty lens|chrome-extension:/i.test(text);
      if (type === 'error' || type === 'assert' || (type === 'warning' && ours)) this.problems.push(`console.${type} [${world || 'page'}] ${text}`);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const world = this.contexts.get(d.executionContextId ?? -1)?.name ?? '';
      this.problems.push(`exception [${world || 'page'}] ${d.exception?.description ?? d.text} ${d.url ?? ''}`);
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error') this.problems.push(`log.${entry.source} ${entry.text} ${entry.url ?? ''}`);
    });
  }

  /** Opens a tab at `url`; `init` runs in the page's world before any of its scripts. */
  static async open(context: BrowserContext, url: string, init?: string): Promise<WatchedTab> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const tab = new WatchedTab(page, cdp);
    await Promise.all([cdp.send('Runtime.enable'), cdp.send('Log.enable'), cdp.send('Page.enable')]);
    if (init) await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: init });
    await page.goto(url);
    return tab;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }

  private async mainFrameId(): Promise<string> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    return frameTree.frame.id;
  }

  private async contextId(world: World): Promise<number> {
    const frameId = await this.mainFrameId();
    if (world === 'measure') {
      this.measureWorld ??= (await this.cdp.send('Page.createIsolatedWorld', { frameId, worldName: MEASURE_WORLD })).executionContextId;
      return this.measureWorld;
    }
    for (const c of this.contexts.values()) {
      if (c.auxData?.frameId !== frameId) continue;
      if (world === 'page' ? c.auxData.isDefault : c.name === CONTENT_WORLD) return c.id;
    }
    throw new Error(`no ${world} world in this tab`);
  }

  /** The tab's own CDP session (accessibility tree, media emulation, input). */
  send: CDPSession['send'] = (...args) => this.cdp.send(...args);

  /** Our highlighted ranges, counted in our content world; polls until there are some. */
  async annotated(): Promise<number> {
    const end = Date.now() + 20_000;
    for (;;) {
      const n = await this.run<number>('content', OUR_RANGE_COUNT).catch(() => 0);
      if (n > 0) return n;
      if (Date.now() > end) throw new Error('timed out waiting for highlights');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Evaluates an expression (awaiting a promise) in a world; the value comes back as JSON. */
  async run<T>(world: World, expression: string): Promise<T> {
    const result = await this.cdp.send('Runtime.evaluate', { contextId: await this.contextId(world), expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(`${world}: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as T;
  }

  /** Polls an expression in the measuring world until it is truthy; returns its value. */
  async until<T>(expression: string, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.run<T>('measure', expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The verdict the worker holds for this tab, once it is `verdict` (and, with `withTerms`, has terms). */
  async verdict(verdict: string, withTerms = false): Promise<{ verdict: string; terms: number }> {
    const end = Date.now() + 20_000;
    for (;;) {
      const state = await tabStateOf(this.page);
      if (state?.verdict === verdict && (!withTerms || state.terms > 0)) return { verdict: state.verdict, terms: state.terms };
      if (Date.now() > end) throw new Error(`timed out waiting for the verdict ${verdict}: ${JSON.stringify(state)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The open card's text, or null: read in our content world, the only one that reaches our closed shadow root. */
  openCardText(): Promise<string | null> {
    return this.run<string | null>('content', `${OUR_ROOT}?.querySelector('.card:not([hidden])')?.textContent ?? null`);
  }

  snapshot(): Promise<Snapshot> {
    return this.run<Snapshot>('measure', SNAPSHOT);
  }

  /** Every range in our highlights, in the top document and same-origin frames (read in our content world). */
  highlights(): Promise<HighlightInfo[]> {
    return this.run<HighlightInfo[]>('content', HIGHLIGHTS);
  }
}

/** How many ranges our highlights hold in the top document (an expression for the content world). */
export const OUR_RANGE_COUNT = `[...CSS.highlights].filter(([n]) => n.startsWith('treaty-lens-') && n !== 'treaty-lens-current').reduce((a, [, h]) => a + h.size, 0)`;

export interface Snapshot {
  /** The page's DOM (open shadow roots and same-origin frames included), without what we may add. */
  html: string;
  /** Our host elements: element children of <html> named treaty-lens-ui… not marked as the page's. */
  ours: number;
}

export interface HighlightInfo {
  text: string;
  /** Inside a textarea, input or editable element. */
  editable: boolean;
  inShadow: boolean;
  inFrame: boolean;
  /** The id of the nearest ancestor with one (through shadow roots). */
  near: string;
}

// Serialises the DOM with attributes, form values, open shadow roots, template contents and
// same-origin frames. The one allowed difference is left out: our host element (a child of <html>).
const SNAPSHOT = `(() => {
  const out = [];
  let ours = 0;
  const top = document.documentElement;
  const children = (node) => { for (let c = node.firstChild; c; c = c.nextSibling) ser(c); };
  function ser(node) {
    if (node.nodeType === 3) { out.push(node.data); return; }
    if (node.nodeType === 8) { out.push('<!--' + node.data + '-->'); return; }
    if (node.nodeType !== 1) return;
    if (node.parentNode === top && node.localName.startsWith('treaty-lens-ui') && !node.hasAttribute('data-page')) { ours++; return; }
    out.push('<' + node.localName);
    for (const a of node.attributes) out.push(' ' + a.name + '=' + JSON.stringify(a.value));
    if (node.localName === 'textarea' || node.localName === 'input') out.push(' .value=' + JSON.stringify(node.value));
    out.push('>');
    if (node.shadowRoot) { out.push('#shadow('); children(node.shadowRoot); out.push(')'); }
    if (node.localName === 'template') { out.push('#content('); children(node.content); out.push(')'); }
    if (node.localName === 'iframe') {
      let doc = null;
      try { doc = node.contentDocument; } catch {}
      if (doc?.documentElement) { out.push('#frame('); ser(doc.documentElement); out.push(')'); }
    }
    children(node);
    out.push('</' + node.localName + '>');
  }
  ser(top);
  return { html: out.join(''), ours };
})()`;

const HIGHLIGHTS = `(() => {
  const out = [];
  for (const [, r] of ${HIGHLIGHT_ENTRIES}) {
    const node = r.startContainer;
    let el = node.nodeType === 1 ? node : node.parentElement;
    const editable = !!el && (!!el.closest('textarea, input, [contenteditable]') || el.isContentEditable);
    let near = '';
    for (let e = el; e && !near; e = e.parentElement ?? e.getRootNode().host) near = e.id;
    out.push({ text: r.toString(), editable, inShadow: node.getRootNode() instanceof ShadowRoot, inFrame: node.ownerDocument !== document, near });
  }
  return out;
})()`;
