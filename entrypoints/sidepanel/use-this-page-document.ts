// "The page being read" as a document to compare: the tab's main text read through our
// content script and cleaned as a saved page would be (nothing is stored), its glossary
// entries found by the background's jieba. Read when the Compare view asks for it.
import { useEffect, useState } from 'react';
import { toCompareDocument, type CompareDocument } from '@/lib/compare/document';
import { userDocumentFromPage } from '@/lib/user-corpus/from-page';
import { useText } from './lang';
import { readPage } from './page-tab';
import { recordOf } from './index-document';
import { problemText } from './SavePage';
import { compareStrings } from './strings/compare';
import { saveStrings } from './strings/saved';

/** Its id in the Compare view's hash (#compare=…,this-page). */
export const THIS_PAGE = 'this-page';

export type ThisPageDocument = { phase: 'idle' | 'reading' } | { phase: 'ready'; doc: CompareDocument } | { phase: 'error'; message: string };

export function useThisPageDocument(tabId: number | undefined, wanted: boolean): ThisPageDocument {
  const t = useText(saveStrings);
  const tc = useText(compareStrings);
  // Each reading remembers the tab it is of: until this tab's is in, 'reading'.
  const [reading, setReading] = useState<{ tabId: number | undefined; state: ThisPageDocument }>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void (async (): Promise<ThisPageDocument> => {
      const read = await readPage(tabId);
      if (!read.ok) return { phase: 'error', message: problemText(t, read.problem) };
      const built = userDocumentFromPage(read.page, new Date().toISOString());
      if (!built.ok) return { phase: 'error', message: problemText(t, built.problem) };
      const { doc, entries } = await recordOf(built.doc);
      const index = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
      return {
        phase: 'ready',
        doc: toCompareDocument({ id: THIS_PAGE, title: doc.title, date: doc.date, url: doc.url, paragraphs: doc.paragraphs }, (p) => entries[index.get(p) ?? -1] ?? []),
      };
    })()
      .catch((err: unknown): ThisPageDocument => ({ phase: 'error', message: tc.failed(err instanceof Error ? err.message : String(err)) }))
      .then((next) => live && setReading({ tabId, state: next }));
    return () => {
      live = false;
    };
  }, [tabId, wanted, t, tc]);
  if (!wanted) return { phase: 'idle' };
  return reading && reading.tabId === tabId ? reading.state : { phase: 'reading' };
}
