// npm run --silent annotate -- FILE: runs the extension's detection and matching on an
// .html or .txt file and prints exactly one JSON object on stdout:
// {"related", "score", "reasons", "terms": [{"id", "term", "text", "start", "end"}]}, plus
// "titles": [{"title", "kind", "start", "end", "corpusDocId"}] when the text cites documents in
// 《…》 that the glossary does not have (the terms are unchanged by them).
// Offsets index the plain text extracted from the file (for HTML, the main article).
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { annotateText } from '../lib/annotate/annotate';
import { detect, reasonText } from '../lib/detect';
import { htmlMainText } from '../lib/extract/html-main-text';
import { corpus } from '../lib/corpus/data';
import { createTitleIndex, pageMatches } from '../lib/glossary/agreement-titles';
import { glossary } from '../lib/glossary/data';
import { createMatcher } from '../lib/glossary/matcher';
import { createSegmenter } from '../lib/segment/segmenter';

function fail(message: string): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('usage: npm run --silent annotate -- FILE (.html or .txt)');

let raw: string;
try {
  raw = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
}

const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
// A text file's first non-empty line plays the part of a page title.
const { title, text } = isHtml ? htmlMainText(raw) : { title: raw.trim().split('\n')[0] ?? '', text: raw };

const verdict = detect({ title, text });
const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const termOf = new Map(glossary.entries.map((e) => [e.id, e.term]));
const glossaryMatches = annotateText(text, segmenter, matcher, { pageRelated: verdict.related });
const shown = pageMatches(text, glossaryMatches, createTitleIndex(corpus));
// The terms are the glossary's own matches (those inside a title too); the titles are what the
// extension adds to them (pageMatches, shared with the extension and the blind-batch score).
const terms = glossaryMatches.map((m) => ({
  id: m.entryId,
  term: termOf.get(m.entryId) ?? m.entryId,
  text: text.slice(m.start, m.end),
  start: m.start,
  end: m.end,
}));

const titles = shown.titles.map((t) => ({
  title: t.title,
  kind: t.kind,
  start: t.start,
  end: t.end,
  corpusDocId: t.doc?.docId ?? null,
}));

process.stdout.write(
  `${JSON.stringify({ related: verdict.related, score: verdict.score, reasons: verdict.reasons.map((r) => reasonText(r, 'en')), terms, ...(titles.length > 0 ? { titles } : {}) })}\n`,
);
