// The comparisons of the chosen documents, oldest first, each with the next: computed once
// the background's jieba has cut their paragraphs into words.
import { useEffect, useState } from 'react';
import { compareDocuments, type Comparison } from '@/lib/compare/compare';
import { byDate, type CompareDocument } from '@/lib/compare/document';
import { createCompareTools } from '@/lib/compare/tools';
import { glossary } from '@/lib/glossary/data';
import { wordsOf } from './index-document';

export type ComparisonsState = { phase: 'loading' } | { phase: 'ready'; comparisons: Comparison[] } | { phase: 'error'; message: string };

export function useComparisons(docs: readonly CompareDocument[]): ComparisonsState {
  // Each answer remembers the documents it is for: until the current ones are compared, 'loading'.
  const [answer, setAnswer] = useState<{ docs: readonly CompareDocument[]; state: ComparisonsState }>();
  useEffect(() => {
    let live = true;
    const setState = (state: ComparisonsState) => setAnswer({ docs, state });
    wordsOf(docs.flatMap((d) => d.paragraphs.map((p) => p.text))).then(
      (words) => {
        const tools = createCompareTools((text) => words.get(text) ?? [...text], glossary);
        const sorted = [...docs].sort(byDate);
        const comparisons = sorted.slice(1).map((b, i) => compareDocuments(sorted[i]!, b, tools));
        if (live) setState({ phase: 'ready', comparisons });
      },
      (err: unknown) => live && setState({ phase: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [docs]);
  return answer?.docs === docs ? answer.state : { phase: 'loading' };
}
