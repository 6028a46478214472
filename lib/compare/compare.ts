// Two documents side by side by topic: each body paragraph classed, the paragraphs of a
// topic listed in document order, the glossary terms one document has and the other lacks
// entirely, and the closest paragraphs of the topic paired and diffed word by word.
import type { TopicClassifier } from './classify';
import { documentRef, type CompareDocument, type CompareParagraph, type DocumentRef } from './document';
import { pairParagraphs } from './pairing';
import { diffTokens, type DiffPiece } from './token-diff';
import { OTHER, TOPICS, type TopicOrOther } from './topics';

export interface CompareTools {
  classify: TopicClassifier;
  /** jieba's words of a text, in order, covering it. */
  words: (text: string) => string[];
  /** A glossary entry's term, so that pairing counts it as one word however jieba splits it. */
  termOf: (entryId: string) => string;
}

export interface ClassedParagraph {
  id: string;
  text: string;
  evidence: string[];
}

interface ComparedPair {
  a: string;
  b: string;
  shared: string[];
  diff: DiffPiece[];
}

export interface TopicComparison {
  topic: TopicOrOther;
  a: ClassedParagraph[];
  b: ClassedParagraph[];
  /** Entry ids in this topic's paragraphs of b that a never uses. */
  added: string[];
  /** Entry ids in this topic's paragraphs of a that b never uses. */
  removed: string[];
  pairs: ComparedPair[];
}

export interface Comparison {
  a: DocumentRef;
  b: DocumentRef;
  topics: TopicComparison[];
}

// Words nearly every paragraph of a joint statement has: they would pair anything with anything.
const COMMON = new Set(
  '双方 两国 中方 哈方 中哈 进一步 继续 加强 合作 领域 发展 表示 认为 重要 积极 共同 推动 深化 支持 关系 愿 将 高度 评价 框架 中华人民共和国 哈萨克斯坦共和国 哈萨克斯坦 中国'.split(' '),
);
const HAN = /\p{Script=Han}/u;

function pairingTerms(p: CompareParagraph, tools: CompareTools): Set<string> {
  const terms = new Set(p.entries.map(tools.termOf));
  for (const w of tools.words(p.text)) if (w.length >= 2 && HAN.test(w) && !COMMON.has(w)) terms.add(w);
  return terms;
}

const entriesOf = (paragraphs: readonly CompareParagraph[]) => new Set(paragraphs.flatMap((p) => p.entries));

export function compareDocuments(a: CompareDocument, b: CompareDocument, tools: CompareTools): Comparison {
  const classed = (doc: CompareDocument) =>
    doc.paragraphs.map((p) => ({ p, ...tools.classify(p.text, new Set(p.entries)) }));
  const ca = classed(a);
  const cb = classed(b);
  const textA = new Map(a.paragraphs.map((p) => [p.id, p.text]));
  const textB = new Map(b.paragraphs.map((p) => [p.id, p.text]));
  const allA = entriesOf(a.paragraphs);
  const allB = entriesOf(b.paragraphs);
  const topics: TopicComparison[] = [];
  for (const topic of [...TOPICS, OTHER] as const) {
    const inA = ca.filter((c) => c.topic === topic);
    const inB = cb.filter((c) => c.topic === topic);
    if (inA.length === 0 && inB.length === 0) continue;
    const termsOf = (list: typeof inA) => list.map((c) => ({ id: c.p.id, terms: pairingTerms(c.p, tools) }));
    topics.push({
      topic,
      a: inA.map((c) => ({ id: c.p.id, text: c.p.text, evidence: c.evidence })),
      b: inB.map((c) => ({ id: c.p.id, text: c.p.text, evidence: c.evidence })),
      added: [...entriesOf(inB.map((c) => c.p))].filter((id) => !allA.has(id)),
      removed: [...entriesOf(inA.map((c) => c.p))].filter((id) => !allB.has(id)),
      pairs: pairParagraphs(termsOf(inA), termsOf(inB)).map(({ a: pa, b: pb, shared }) => ({
        a: pa,
        b: pb,
        shared,
        diff: diffTokens(tools.words(textA.get(pa)!), tools.words(textB.get(pb)!)),
      })),
    });
  }
  return { a: documentRef(a), b: documentRef(b), topics };
}
