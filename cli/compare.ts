// npm run --silent compare -- A B: compares two documents — bundled corpus ids, or .html /
// .txt files — by topic and prints exactly one JSON object on stdout:
// {"a": {"id", "title", "date"}, "b": {…}, "topics": [{"topic", "a": [paraId], "b": [paraId],
//   "added": [term], "removed": [term], "pairs": [{"a", "b", "diff": [[op, text]]}]}]}
// An unknown id or an unreadable file: a message naming each one on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as jieba from 'jieba-wasm';
import { annotateText } from '../lib/annotate/annotate';
import { compareDocuments } from '../lib/compare/compare';
import { toCompareDocument, type CompareDocument } from '../lib/compare/document';
import { createCompareTools } from '../lib/compare/tools';
import { corpus } from '../lib/corpus/data';
import { detect } from '../lib/detect';
import { htmlMainText } from '../lib/extract/html-main-text';
import { glossary } from '../lib/glossary/data';
import { createMatcher } from '../lib/glossary/matcher';
import { entriesByParagraph, paragraphKey } from '../lib/reader/term-spans';
import { createSegmenter } from '../lib/segment/segmenter';
import { userDocumentFromPage } from '../lib/user-corpus/from-page';

function fail(message: string): never {
  process.stderr.write(`compare: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 2) fail('usage: npm run --silent compare -- A B (corpus document ids, or .html / .txt files)');

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const bundledEntries = entriesByParagraph(glossary.entries);
const FILE = /\.(x?html?|txt)$/i;

type Loaded = { ok: true; doc: CompareDocument } | { ok: false; problem: string };

function loadFile(file: string): Loaded {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, problem: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  const isHtml = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(raw);
  const { title, text } = isHtml ? htmlMainText(raw) : { title: raw.trim().split('\n')[0] ?? '', text: raw };
  // Cleaned into paragraphs the way the panel cleans a page it saves.
  const built = userDocumentFromPage({ url: pathToFileURL(resolve(file)).href, title, text }, new Date().toISOString());
  if (!built.ok) return { ok: false, problem: `cannot read ${file}: ${built.problem.code}` };
  const { related } = detect({ title, text });
  const entries = new Map(
    built.doc.paragraphs.map((p) => [p.id, new Set(annotateText(p.text, segmenter, matcher, { pageRelated: related }).map((m) => m.entryId))]),
  );
  return { ok: true, doc: toCompareDocument({ ...built.doc, id: file }, (id) => entries.get(id) ?? []) };
}

function load(arg: string): Loaded {
  const bundled = corpus.documents.find((d) => d.id === arg);
  if (bundled) return { ok: true, doc: toCompareDocument(bundled, (p) => bundledEntries.get(paragraphKey(bundled.id, p)) ?? []) };
  if (FILE.test(arg)) return loadFile(arg);
  return { ok: false, problem: `unknown document id: ${arg} (not in the corpus, and not an .html or .txt file)` };
}

const loaded = args.map(load);
const problems = loaded.flatMap((l) => (l.ok ? [] : [l.problem]));
if (problems.length) fail(problems.join('\ncompare: '));
const [a, b] = loaded.map((l) => (l.ok ? l.doc : fail('unreachable')));

const tools = createCompareTools((text) => segmenter.tokenize(text).map((t) => t.word), glossary);
const c = compareDocuments(a!, b!, tools);
const ref = (d: CompareDocument) => ({ id: d.id, title: d.title, date: d.date });
const out = {
  a: ref(a!),
  b: ref(b!),
  topics: c.topics.map((t) => ({
    topic: t.topic,
    a: t.a.map((p) => p.id),
    b: t.b.map((p) => p.id),
    added: t.added.map(tools.termOf),
    removed: t.removed.map(tools.termOf),
    pairs: t.pairs.map((p) => ({ a: p.a, b: p.b, diff: p.diff })),
  })),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
