// The topic classifier against paragraphs labelled by hand (tests/fixtures/compare/
// topic-labels.ts), with its accuracy printed; and the evidence it gives.
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { createTermSpanFinder, entriesByParagraph, paragraphKey } from '../reader/term-spans';
import { TOPIC_LABELS } from '../../tests/fixtures/compare/topic-labels';
import { createTopicClassifier } from './classify';
import { OTHER, TOPIC_ENTRIES, TOPICS } from './topics';

const classify = createTopicClassifier(createTermSpanFinder(glossary.matcher.forms));
const byParagraph = entriesByParagraph(glossary.entries);

function classifyCorpus(docId: string, paraId: string) {
  const p = corpus.documents.find((d) => d.id === docId)?.paragraphs.find((x) => x.id === paraId);
  if (!p) throw new Error(`no paragraph ${docId} ${paraId}`);
  return classify(p.text, byParagraph.get(paragraphKey(docId, paraId)) ?? new Set());
}

describe('the topic classifier', () => {
  test('agrees with the hand-labelled paragraphs at least 85% of the time', () => {
    const perTopic = new Map<string, { right: number; total: number }>();
    let right = 0;
    let total = 0;
    for (const [docId, labels] of Object.entries(TOPIC_LABELS)) {
      for (const [paraId, want] of Object.entries(labels)) {
        const ok = classifyCorpus(docId, paraId).topic === want;
        const t = perTopic.get(want) ?? { right: 0, total: 0 };
        perTopic.set(want, { right: t.right + Number(ok), total: t.total + 1 });
        right += Number(ok);
        total++;
      }
    }
    const accuracy = right / total;
    const detail = [...perTopic].map(([topic, t]) => `${topic} ${t.right}/${t.total}`).join(', ');
    console.log(`topic classifier: ${right}/${total} labelled paragraphs right, accuracy ${accuracy.toFixed(3)} (${detail})`);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  test('shows its evidence: the glossary terms first, then keywords outside them', () => {
    const pipelines = classifyCorpus('2014-05-19-cn-kz-joint-declaration', 'p17');
    expect(pipelines.topic).toBe('energy');
    expect(pipelines.evidence).toEqual(['中哈原油管道', '中哈天然气管道', '别伊涅乌—巴佐伊—奇姆肯特', '奇姆肯特炼化厂']);
    // 管道 and 炼化 are inside the terms, so they are not keywords of their own here.
    const partnership = classifyCorpus('2014-05-19-cn-kz-joint-declaration', 'p16');
    expect(partnership).toEqual({ topic: 'energy', evidence: ['能源战略伙伴关系', '能源', '油气'] });
    // Nor are 能源 and 伙伴关系 (a political keyword) inside 能源战略伙伴关系.
    expect(classify('双方发展能源战略伙伴关系。', new Set(['energy-strategic-partnership']))).toEqual({ topic: 'energy', evidence: ['能源战略伙伴关系'] });
  });

  test('a paragraph with nothing to go by is "other", with no evidence', () => {
    expect(classify('本声明一式两份。', new Set())).toEqual({ topic: OTHER, evidence: [] });
  });

  test('on a tie the specific topic wins over the political frame', () => {
    expect(classify('两国元首宣布明年为旅游年。', new Set()).topic).toBe('culture');
  });

  test('names only glossary entries that exist, each under one topic', () => {
    const ids = new Set(glossary.entries.map((e) => e.id));
    const listed = TOPICS.flatMap((t) => TOPIC_ENTRIES[t]);
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
