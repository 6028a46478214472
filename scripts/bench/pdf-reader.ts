// The PDF reader on a 20-page document (scripts/pdf-fixtures/bench-document.ts), handed to
// it as a picked file in a fresh tab each run: from the file input's change event to the
// first frame in which page 1 is painted, has its text layer and has highlights on it; then
// the longest main-thread task in that tab until every page is painted and the session has
// settled. The Long Tasks API reports only tasks over 50 ms (the target's bound); when it
// reports none, the longest of the reader session's own task measures is given instead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/browser';
import { recordLongTasks, longTasksSince } from './long-tasks';

export interface PdfReaderRun {
  firstPageMs: number;
  /** From the change event to the session's last settled mark (every page read; pages are all painted by then or soon after). */
  lastSettledMs: number;
  longestTaskMs: number;
  longestTaskSource: 'longtask' | 'session-tasks';
  longTasks: number;
  pages: number;
}

const TIMEOUT_MS = 60_000;

/** Page-world script: times the change event, then watches frames for page 1 ready. */
const WATCH = `{
  const input = document.getElementById('file');
  input.addEventListener('change', () => {
    window.__benchPdf = { t0: performance.now(), firstPage: null };
    const ready = () => {
      const first = document.querySelector('.pdf-page[data-page="1"][data-painted]');
      if (!first || !first.querySelector('.textLayer span')) return false;
      const all = globalThis.treatyLensHighlights?.() ?? [];
      return all.some(([, range]) => first.contains(range.startContainer));
    };
    const frame = () => {
      if (ready()) window.__benchPdf.firstPage = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}`;

/** Polls a page-world expression until it is truthy. Not waitForFunction: the reader's CSP forbids the eval it uses. */
async function waitFor<T>(page: Page, expression: string): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(100);
  }
}

async function oneRun(ext: ExtensionBrowser, file: string, expectedPages: number): Promise<PdfReaderRun> {
  const page = await ext.context.newPage();
  try {
    await recordLongTasks(page);
    await page.goto(ext.extensionUrl('pdf.html'));
    await page.evaluate(WATCH);
    // A file by its path: Playwright hands it over as the browser's own file chooser would
    // (a trusted change event); a buffer would come with a synthetic one, which the reader ignores.
    await page.locator('#file').setInputFiles(file);
    const t0 = await waitFor<number>(page, `window.__benchPdf?.t0`);
    const firstPage = await waitFor<number>(page, `window.__benchPdf?.firstPage`);
    // Pages are shown one by one: wait for the last one painted, then check there are no more.
    const pages = await waitFor<number>(page, `document.querySelectorAll('.pdf-page[data-painted]').length >= ${expectedPages} && document.querySelectorAll('.pdf-page').length`);
    if (pages !== expectedPages) throw new Error(`the reader shows ${pages} pages, not ${expectedPages}`);
    // The session settles after its last pass over the text: wait until its marks stop growing.
    let settled = -1;
    for (;;) {
      await page.waitForTimeout(1000);
      const now = await page.evaluate(() => (globalThis as unknown as { treatyLensPerfMarks: { settled: number[] } }).treatyLensPerfMarks.settled.length);
      if (now > 0 && now === settled) break;
      settled = now;
    }
    const marks = await page.evaluate(() => {
      const m = (globalThis as unknown as { treatyLensPerfMarks: { settled: number[]; tasks: { duration: number }[] } }).treatyLensPerfMarks;
      return { lastSettled: m.settled.at(-1) ?? 0, longestTask: Math.max(0, ...m.tasks.map((t) => t.duration)) };
    });
    const longTasks = await longTasksSince(page, t0);
    const longest = Math.max(0, ...longTasks.map((t) => t.duration));
    return {
      firstPageMs: firstPage - t0,
      lastSettledMs: marks.lastSettled - t0,
      longestTaskMs: longTasks.length > 0 ? longest : marks.longestTask,
      longestTaskSource: longTasks.length > 0 ? 'longtask' : 'session-tasks',
      longTasks: longTasks.length,
      pages,
    };
  } finally {
    await page.close();
  }
}

export async function pdfReaderRuns(ext: ExtensionBrowser, pdf: Buffer, expectedPages: number, runs: number): Promise<PdfReaderRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-lens-bench-pdf-'));
  const file = join(dir, 'bench-20-pages.pdf');
  writeFileSync(file, pdf);
  try {
    const out: PdfReaderRun[] = [];
    for (let i = 0; i < runs; i++) out.push(await oneRun(ext, file, expectedPages));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
