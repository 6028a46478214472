// Every sentence of every source is in exactly as many documents as the source prints it
// (a body printed twice counts once), no document has chrome, and the checker really fails.
import { describe, expect, it } from 'vitest';
import { readRawFiles } from '../corpus-files';
import { buildCorpus, parseFile } from './build';
import { CHROME_PATTERNS, findChrome } from '../../lib/corpus/chrome';
import { checkCorpusFidelity, checkFidelity } from './fidelity';
import type { CorpusDocument } from '../../lib/corpus/schema';

const files = readRawFiles();
const corpus = buildCorpus(files);

describe('the bundled sources', () => {
  it('keep every sentence, each body once, nothing invented', () => {
    expect(checkCorpusFidelity(files, corpus)).toEqual([]);
  });
  it('have no chrome in any document', () => {
    for (const d of corpus.documents) {
      for (const text of [d.title, d.byline ?? '', ...d.paragraphs.map((p) => p.text)]) {
        expect(findChrome(text), `${d.id}: ${text}`).toEqual([]);
      }
    }
  });
  it('accept a sentence the page prints in two articles once in each', () => {
    const repeated = '去年，中国和中亚五国贸易总额超过700亿美元，创下历史最高水平。';
    const holders = corpus.documents.filter((d) => d.paragraphs.some((p) => p.text.includes(repeated)));
    expect(holders.map((d) => d.kind)).toEqual(['briefing', 'commentary']);
  });
  it('did carry chrome that the parsers removed', () => {
    const raw = files.map((f) => f.text).join('\n');
    const seen = CHROME_PATTERNS.filter(({ pattern }) => pattern.test(raw)).map(({ name }) => name);
    expect(seen).toEqual(CHROME_PATTERNS.map(({ name }) => name));
  });
});

describe('the checker', () => {
  const file = files.find((f) => f.name.startsWith('001'))!;
  const { parser, entry } = parseFile(file);
  const input = (documents: CorpusDocument[]) => ({
    file: file.name,
    bodyLines: parser.bodyLines(file.text, entry),
    bodyCopies: parser.bodyCopies,
    documents,
  });
  const declaration = corpus.documents.find((d) => d.source.file === file.name)!;
  const withParagraphs = (paragraphs: CorpusDocument['paragraphs']): CorpusDocument => ({ ...declaration, paragraphs });

  it('reports a body kept twice, naming file, sentence and document', () => {
    const twice = withParagraphs([...declaration.paragraphs, ...declaration.paragraphs]);
    const problems = checkFidelity(input([twice]));
    expect(problems.length).toBeGreaterThan(50);
    expect(problems).toContain(
      `${file.name}: "双方将积极开展电力等领域合作。" is printed 2× (body printed 2×), expected 1×, found in ${declaration.id}×2`,
    );
  });
  it('reports a lost sentence', () => {
    const lost = withParagraphs(declaration.paragraphs.filter((p) => p.text !== '中方将支持哈方举办2017年专项世博会。'));
    expect(checkFidelity(input([lost]))).toEqual([
      `${file.name}: "中方将支持哈方举办2017年专项世博会。" is printed 2× (body printed 2×), expected 1×, found in no document`,
    ]);
  });
  it('reports a sentence given to two documents', () => {
    const other = { ...withParagraphs([declaration.paragraphs[0]!]), id: 'other-document' };
    expect(checkFidelity(input([declaration, other]))[0]).toMatch(/expected 1×, found in 2014-05-19-cn-kz-joint-declaration×1, other-document×1/);
  });
  it('reports leftover chrome and text the source does not have', () => {
    const chrome = withParagraphs([...declaration.paragraphs, { id: 'p99', kind: 'paragraph', text: '[字体：大 中 小] 打印本页' }]);
    expect(checkFidelity(input([chrome]))).toEqual([
      `${file.name}: ${declaration.id} p99 has a sentence not in the source: "[字体：大 中 小] 打印本页"`,
      `${file.name}: ${declaration.id} contains chrome: font-size switch`,
      `${file.name}: ${declaration.id} contains chrome: print link (打印本页)`,
    ]);
  });
  it('reports a speech-database page whose body is printed once', () => {
    const lines = parser.bodyLines(file.text, entry);
    const problems = checkFidelity({ ...input([declaration]), bodyLines: lines.slice(0, lines.length / 2) });
    expect(problems[0]).toMatch(/is printed 1× \(body printed 2×\), expected 0\.5×/);
  });
});
