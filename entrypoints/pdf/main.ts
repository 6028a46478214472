// The PDF reader page (pdf.html): opens a file picked, dropped or named in ?file=, shows
// its pages with a text layer in reading order, and annotates it like a web page.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { resolveLang } from '@/lib/i18n/i18n';
import type { MainTextReply } from '@/lib/messaging/messages';
import { fileNameOf, MAX_PDF_BYTES } from '@/lib/pdf/pdf-file';
import { loadSettings } from '@/lib/settings/store';
import { annotateReader } from './annotate-reader';
import { findAll, rangeOf, type Hit } from './find';
import { openPdf, warmUp } from './load-document';
import { outlineOf } from './outline';
import { fetchPdf, fileParam, readFile, type Fetched } from './pdf-source';
import { renderPage, type RenderedPage } from './render-page';
import { saveDocument } from './save-document';
import { readerStrings, type ReaderStrings } from './strings';
import './reader.css';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const pagesEl = $<HTMLElement>('pages');
const message = $<HTMLParagraphElement>('message');
const hint = $<HTMLParagraphElement>('hint');
const outlineEl = $<HTMLElement>('outline');
const pageNumber = $<HTMLInputElement>('page-number');
const pageCount = $<HTMLSpanElement>('page-count');
const zoomEl = $<HTMLOutputElement>('zoom');
const findInput = $<HTMLInputElement>('find');
const findStatus = $<HTMLOutputElement>('find-status');
const saveButton = $<HTMLButtonElement>('save');
const saveStatus = $<HTMLOutputElement>('save-status');

let t: ReaderStrings = readerStrings('en');
let doc: PDFDocumentProxy | undefined;
let pages: RenderedPage[] = [];
let zoom = 2; // index in ZOOMS
let title = '';
let source = '';
let opened = 0;
let hits: Hit[] = [];
let hit = -1;
/** Tells the page session a page was added (set once the session starts). */
let pageAdded = (): void => undefined;

function say(text: string | undefined): void {
  message.textContent = text ?? '';
  message.hidden = text === undefined;
}

function problemText(problem: string): string {
  switch (problem) {
    case 'not-pdf':
      return t.notPdf;
    case 'damaged':
      return t.damaged;
    case 'encrypted':
      return t.encrypted;
    case 'too-large':
      return t.tooLarge(MAX_PDF_BYTES / 1024 / 1024);
    case 'bad-url':
      return t.badUrl;
    default:
      return t.unreachable;
  }
}

function mainText(): MainTextReply {
  const text = pages.map((p) => p.reading.paragraphs.join('\n')).join('\n');
  return { url: source, title, text };
}

function currentPage(): number {
  const middle = window.innerHeight / 3;
  const at = pages.findIndex((p) => p.element.getBoundingClientRect().bottom > middle);
  return at < 0 ? pages.length : at + 1;
}

function goTo(n: number): void {
  const page = pages[Math.min(Math.max(n, 1), pages.length) - 1];
  page?.element.scrollIntoView({ block: 'start' });
  if (page) pageNumber.value = String(page.number);
}

async function setZoom(index: number): Promise<void> {
  zoom = Math.min(Math.max(index, 0), ZOOMS.length - 1);
  const scale = ZOOMS[zoom]!;
  const keep = currentPage();
  // The text layer follows the variable (its sizes are in units of it); canvases repaint.
  pagesEl.style.setProperty('--scale-factor', String(scale));
  zoomEl.value = `${Math.round(scale * 100)}%`;
  goTo(keep);
  for (const page of pages) await page.paint(scale);
}

async function showDocument(fetched: Fetched, name: string, address: string): Promise<void> {
  const run = ++opened;
  say(undefined);
  hint.textContent = t.loading;
  if (!fetched.ok) return void ((hint.hidden = true), say(problemText(fetched.problem)));
  const result = await openPdf(fetched.bytes);
  if (run !== opened) return;
  hint.hidden = true;
  if (!result.ok) return say(problemText(result.problem));
  await doc?.loadingTask.destroy();
  doc = result.doc;
  const meta = await doc.getMetadata().catch(() => undefined);
  const infoTitle = (meta?.info as { Title?: unknown } | undefined)?.Title;
  title = typeof infoTitle === 'string' && infoTitle.trim() !== '' ? infoTitle.trim() : name;
  source = address;
  document.title = title;
  // A new address for each document opened here: the page session reads the new text afresh.
  const url = new URL(location.href);
  if (!url.searchParams.has('file')) {
    url.searchParams.set('name', name);
    url.searchParams.set('n', String(run));
    history.replaceState(null, '', url);
  }
  // Page by page: each is shown (and painted) as soon as its text layer is built, so the
  // first page is read and annotated while the rest are still being laid out.
  pages = [];
  pagesEl.replaceChildren();
  pageCount.textContent = t.of(doc.numPages);
  pageNumber.max = String(doc.numPages);
  const scale = ZOOMS[zoom]!;
  pagesEl.style.setProperty('--scale-factor', String(scale));
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await renderPage(await doc.getPage(n), n, scale);
    if (run !== opened) return;
    pages.push(page);
    pagesEl.append(page.element);
    pageAdded();
    await page.firstPaint;
    if (run !== opened) return;
  }
  const empty = pages.every((p) => p.reading.paragraphs.length === 0);
  if (empty) say(t.noText);
  saveButton.disabled = empty;
  saveStatus.value = '';
  const outline = await outlineOf(doc, (index) => goTo(index + 1));
  outlineEl.replaceChildren(...(outline ? [outline] : []));
  outlineEl.hidden = !outline;
  await setZoom(zoom);
}

function openFile(file: File): void {
  void readFile(file).then((fetched) => showDocument(fetched, file.name, file.name));
}

function find(step: 1 | -1): void {
  if (findInput.value === '') return void (findStatus.value = '');
  if (hit < 0) hits = findAll(pages, findInput.value);
  if (hits.length === 0) return void (findStatus.value = t.notFound);
  hit = (hit + step + hits.length) % hits.length;
  const range = rangeOf(hits[hit]!);
  findStatus.value = t.found(hit + 1, hits.length);
  if (!range) return;
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

function wire(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t[el.dataset.text as 'open'];
  for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) el.setAttribute('aria-label', t[el.dataset.label as 'open']);
  $<HTMLInputElement>('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (e.isTrusted && file) openFile(file);
  });
  document.addEventListener('dragover', (e) => {
    if (!e.isTrusted || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (e) => {
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files[0];
    if (!e.isTrusted || !file) return;
    e.preventDefault();
    openFile(file);
  });
  const clicked = (id: string, act: () => void) =>
    $(id).addEventListener('click', (e) => {
      if (e.isTrusted) act();
    });
  clicked('save', () => {
    saveButton.disabled = true;
    void saveDocument(mainText(), t).then((status) => {
      saveStatus.value = status;
      saveButton.disabled = false;
    });
  });
  clicked('previous', () => goTo(currentPage() - 1));
  clicked('next', () => goTo(currentPage() + 1));
  clicked('zoom-in', () => void setZoom(zoom + 1));
  clicked('zoom-out', () => void setZoom(zoom - 1));
  pageNumber.addEventListener('change', (e) => {
    if (e.isTrusted) goTo(Number(pageNumber.value));
  });
  findInput.addEventListener('input', () => {
    hit = -1;
    findStatus.value = '';
  });
  findInput.addEventListener('keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Enter') return;
    e.preventDefault();
    find(e.shiftKey ? -1 : 1);
  });
}

async function start(): Promise<void> {
  warmUp();
  const settings = await loadSettings();
  t = readerStrings(resolveLang(settings.language, navigator.language));
  wire();
  const param = fileParam(location.search);
  // A PDF from a site is that site's page: its mode (automatic, always, never) applies.
  pageAdded = annotateReader(param instanceof URL && param.protocol !== 'blob:' ? param.hostname : location.hostname, mainText);
  if (param === 'bad-url') return say(t.badUrl);
  if (param) await showDocument(await fetchPdf(param), fileNameOf(param.href), param.href);
}

void start();
