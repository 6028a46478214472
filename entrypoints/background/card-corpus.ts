// Answers an open card's request for the corpus paragraphs to offer, ranked for the paragraph
// the reader is in (lib/related/card-corpus).
import { corpus } from '@/lib/corpus/data';
import { glossary } from '@/lib/glossary/data';
import type { CardCorpus, CardCorpusReply } from '@/lib/messaging/messages';
import { createCardCorpusRanker, type CardCorpusRanker } from '@/lib/related/card-corpus';
import { entriesIn } from './annotate';

// Built on the first card that asks, not when the worker wakes.
let rank: CardCorpusRanker | undefined;

export async function cardCorpus(request: CardCorpus): Promise<CardCorpusReply> {
  const entryIds = await entriesIn(request.paragraph);
  rank ??= createCardCorpusRanker(glossary.entries, corpus);
  return { refs: rank(request.entryId, { text: request.paragraph, entryIds }) };
}
