// A newspaper page extracted from PDF: letter-spaced characters, hard wraps inside words,
// several articles in extraction order (headlines may come after their article). The
// manifest's segments say where each article, headline and byline starts.
import { collapseSpaces, joinAcrossBreak, joinSpacedCjk } from '../../lib/corpus/clean-text';
import { toAsciiDigits } from '../../lib/corpus/cn-date';
import { isHeading } from '../../lib/corpus/paragraphs';
import { reflowPdfLines } from './pdf-reflow';
import { findSignatureBlock } from '../../lib/corpus/signature';
import type { DraftParagraph, FileEntry, LayoutParser, PageSegment, ParsedArticle } from '../../lib/corpus/types';

const JUMP_FROM = /^（上接([0-9０-９]+)版）$/;

interface Segment extends PageSegment {
  /** Raw lines, blank lines kept (they mark paragraph ends). */
  lines: string[];
}

/** Cuts the page at each segment's first line, in page order; every line must belong to a segment. */
function cut(raw: string, segments: readonly PageSegment[]): Segment[] {
  const lines = raw.split(/\r?\n/);
  const starts: number[] = [];
  let from = 0;
  for (const seg of segments) {
    const at = lines.findIndex((l, i) => i >= from && joinSpacedCjk(l).startsWith(seg.startsWith));
    if (at < 0) throw new Error(`page segment not found after line ${from + 1}: ${seg.startsWith}`);
    starts.push(at);
    from = at + 1;
  }
  const unassigned = lines.slice(0, starts[0] ?? lines.length).filter((l) => l.trim() !== '');
  if (unassigned.length > 0) throw new Error(`page text before the first segment: ${unassigned[0]}`);
  return segments.map((seg, i) => ({ ...seg, lines: lines.slice(starts[i], starts[i + 1] ?? lines.length) }));
}

interface Body {
  paragraphs: DraftParagraph[];
  block: ReturnType<typeof findSignatureBlock>;
  continuedFromPage?: string;
}

/**
 * A body segment's paragraphs. The signature rows are read before the letter-spacing is
 * joined, because there a single space is the gap between the two columns.
 */
function readBody(lines: readonly string[]): Body {
  const first = lines.findIndex((l) => l.trim() !== '');
  const jump = JUMP_FROM.exec(joinSpacedCjk(lines[first] ?? ''));
  const text = jump ? lines.slice(first + 1) : lines;
  const filled = text.map((l, i) => ({ l: collapseSpaces(l), i })).filter(({ l }) => l !== '');
  const block = findSignatureBlock(filled.map(({ l }) => joinSpacedCjkUnlessRow(l)));
  const proseEnd = block ? filled[block.start]!.i : text.length;
  const paragraphs: DraftParagraph[] = reflowPdfLines(text.slice(0, proseEnd).map(joinSpacedCjk)).map((p) => ({
    kind: isHeading(p, null) ? 'heading' : 'paragraph',
    text: p,
  }));
  if (block) {
    const rows = filled.slice(block.start, block.end).map(({ l }) => l);
    const after = filled.slice(block.end).map(({ l }) => joinSpacedCjk(l));
    paragraphs.push(
      ...rows.map((row) => ({ kind: 'signature' as const, text: row })),
      ...after.map((line) => ({ kind: 'paragraph' as const, text: line })),
    );
  }
  return { paragraphs, block, ...(jump ? { continuedFromPage: toAsciiDigits(jump[1]!).padStart(2, '0') } : {}) };
}

/** Prose lines are joined for the signature search (they keep their punctuation); rows stay as printed. */
function joinSpacedCjkUnlessRow(line: string): string {
  return /[，。；：、！？]/.test(line) ? joinSpacedCjk(line) : line;
}

function joinLines(lines: readonly string[]): string {
  return lines.map(joinSpacedCjk).filter((l) => l !== '').reduce(joinAcrossBreak);
}

interface ReadSegment {
  seg: PageSegment;
  /** Headline or byline text, or the body's paragraphs. */
  text?: string;
  body?: Body;
}

function readSegments(raw: string, entry: FileEntry): ReadSegment[] {
  if (!entry.segments) throw new Error(`${entry.file}: a newspaper page needs segments in the manifest`);
  return cut(raw, entry.segments).map(({ lines, ...seg }) =>
    seg.role === 'body' ? { seg, body: readBody(lines) } : { seg, text: joinLines(lines) },
  );
}

export const pdfNewspaper: LayoutParser = {
  name: 'pdf-newspaper',
  bodyCopies: 1,
  bodyLines: (raw, entry) =>
    readSegments(raw, entry).flatMap(({ text, body }) => body?.paragraphs.map((p) => p.text) ?? [text!]),
  parse(raw, entry) {
    const articles = new Map<string, ParsedArticle>();
    for (const { seg, text, body } of readSegments(raw, entry)) {
      const article = articles.get(seg.article) ?? { key: seg.article, title: null, paragraphs: [], signatories: [] };
      articles.set(seg.article, article);
      if (seg.role === 'title') article.title = text!;
      else if (seg.role === 'byline') article.byline = text!;
      else if (body) {
        article.paragraphs.push(...body.paragraphs);
        if (body.block) article.signatories = body.block.signatories;
        if (body.block?.signedAt) article.signedAt = body.block.signedAt;
        if (body.continuedFromPage) article.continuedFromPage = body.continuedFromPage;
      }
    }
    return { source: {}, articles: [...articles.values()] };
  },
};
