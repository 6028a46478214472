// Classes a paragraph into one topic from the glossary terms it holds and the topic
// keywords found outside those terms, and keeps the evidence ("Energy: 中哈原油管道, 油气").
// A glossary term weighs two keywords: it was curated for the topic, a keyword only hints.
import type { TermSpanFinder } from '../reader/term-spans';
import { OTHER, TOPIC_ENTRIES, TOPIC_KEYWORDS, TOPICS, type Topic, type TopicOrOther } from './topics';

interface Classification {
  topic: TopicOrOther;
  /** The words that decided it, as written: glossary terms first, then keywords. */
  evidence: string[];
}

export type TopicClassifier = (text: string, entryIds: ReadonlySet<string>) => Classification;

const TERM_WEIGHT = 2;
const KEYWORD_WEIGHT = 1;

// On a tie the specific topic wins: two heads of state (元首) announcing a year of tourism
// is about tourism; political words frame nearly every paragraph of a joint statement.
const TIE_ORDER: readonly Topic[] = [...TOPICS.filter((t) => t !== 'political'), 'political'];

const topicOfEntry = new Map<string, Topic>(TOPICS.flatMap((topic) => TOPIC_ENTRIES[topic].map((id) => [id, topic] as const)));

export function createTopicClassifier(findTerms: TermSpanFinder): TopicClassifier {
  return (text, entryIds) => {
    const found = new Map<Topic, { score: number; terms: Set<string>; keywords: Set<string> }>();
    const add = (topic: Topic, word: string, kind: 'terms' | 'keywords') => {
      const f = found.get(topic) ?? { score: 0, terms: new Set<string>(), keywords: new Set<string>() };
      if (f[kind].has(word)) return;
      f[kind].add(word);
      f.score += kind === 'terms' ? TERM_WEIGHT : KEYWORD_WEIGHT;
      found.set(topic, f);
    };
    let rest = text;
    for (const span of findTerms(text, entryIds)) {
      const topic = topicOfEntry.get(span.entryId);
      // A term no topic lists (国事访问, 中哈关系) is no evidence, and hides none of its keywords.
      if (!topic) continue;
      add(topic, text.slice(span.start, span.end), 'terms');
      // A keyword inside a term (管道 in 中哈原油管道) is not evidence a second time.
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
    }
    for (const topic of TOPICS) {
      for (const word of TOPIC_KEYWORDS[topic]) if (rest.includes(word)) add(topic, word, 'keywords');
    }
    let best: Topic | undefined;
    for (const topic of TIE_ORDER) {
      if ((found.get(topic)?.score ?? 0) > (best ? found.get(best)!.score : 0)) best = topic;
    }
    if (!best) return { topic: OTHER, evidence: [] };
    const f = found.get(best)!;
    return { topic: best, evidence: [...f.terms, ...f.keywords] };
  };
}
