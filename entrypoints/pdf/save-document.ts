// Save to My pages from the reader: the document's text in reading order, with its title
// and its file name or address, cleaned and indexed exactly as the side panel saves a page
// (the same store, so it appears under My pages).
import type { MainTextReply } from '@/lib/messaging/messages';
import { userDocumentFromPage } from '@/lib/user-corpus/from-page';
import { putRecords } from '@/lib/user-corpus/store';
import { recordOf } from '../sidepanel/index-document';
import type { ReaderStrings } from './strings';

export async function saveDocument(page: MainTextReply, t: ReaderStrings): Promise<string> {
  const built = userDocumentFromPage(page, new Date().toISOString());
  if (!built.ok) return built.problem.code === 'too-large' ? t.saveTooLarge : t.saveNoText;
  try {
    await putRecords([await recordOf(built.doc)]);
    return t.saved(built.doc.title, built.doc.paragraphs.length);
  } catch (err) {
    return t.saveFailed(err instanceof Error ? err.message : String(err));
  }
}
