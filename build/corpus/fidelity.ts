// The corpus keeps every sentence of its sources, each body once, and no chrome. Checked
// sentence by sentence against the page's own cleaned body lines; problems are named by
// file and sentence so a new source that breaks the rule says where.
import { parseFile } from './build';
import { splitSentences } from '../../lib/corpus/clean-text';
import { findChrome } from '../../lib/corpus/chrome';
import type { Corpus, CorpusDocument } from '../../lib/corpus/schema';
import type { SourceFile } from '../../lib/corpus/types';

export interface FidelityInput {
  file: string;
  /** The page's body after chrome removal and joining, every printed copy included. */
  bodyLines: readonly string[];
  /** How many times the page prints its body. */
  bodyCopies: number;
  /** The documents made from this file. */
  documents: readonly CorpusDocument[];
}

function count<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** A document's sentences; its headline and byline count when they are not already in the text. */
function documentSentences(doc: CorpusDocument): string[] {
  const body = doc.paragraphs.flatMap((p) => splitSentences(p.text));
  const furniture = [doc.title, doc.byline].filter((t): t is string => t !== undefined && !body.includes(t));
  return [...body, ...furniture];
}

export function checkFidelity({ file, bodyLines, bodyCopies, documents }: FidelityInput): string[] {
  const problems: string[] = [];
  const source = count(bodyLines.flatMap(splitSentences));
  const perDoc = documents.map((doc) => ({ id: doc.id, sentences: count(documentSentences(doc)) }));
  for (const [sentence, printed] of source) {
    const expected = printed / bodyCopies;
    const holders = perDoc.filter((d) => d.sentences.has(sentence));
    const found = holders.reduce((n, d) => n + d.sentences.get(sentence)!, 0);
    if (found !== expected) {
      const where = holders.map((d) => `${d.id}×${d.sentences.get(sentence)}`).join(', ') || 'no document';
      problems.push(`${file}: "${sentence}" is printed ${printed}× (body printed ${bodyCopies}×), expected ${expected}×, found in ${where}`);
    }
  }
  for (const doc of documents) {
    for (const p of doc.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        if (!source.has(sentence)) problems.push(`${file}: ${doc.id} ${p.id} has a sentence not in the source: "${sentence}"`);
      }
    }
    const texts = [doc.title, doc.byline ?? '', ...doc.paragraphs.map((p) => p.text)];
    for (const chrome of texts.flatMap(findChrome)) problems.push(`${file}: ${doc.id} contains chrome: ${chrome}`);
  }
  return problems;
}

/** Every source file checked against the documents the corpus made from it. */
export function checkCorpusFidelity(files: readonly SourceFile[], corpus: Corpus): string[] {
  return files.flatMap((file) => {
    const { parser, entry } = parseFile(file);
    return checkFidelity({
      file: file.name,
      bodyLines: parser.bodyLines(file.text, entry),
      bodyCopies: parser.bodyCopies,
      documents: corpus.documents.filter((d) => d.source.file === file.name),
    });
  });
}
