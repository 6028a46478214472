// Gives each cleaned line of an article its paragraph kind and reads the signature block.
import { findSignatureBlock } from './signature';
import type { DraftParagraph, Signatory, SignedAt } from './types';

const NUMERAL_HEADING = /^[一二三四五六七八九十]+、?$/;
const NUMBERED_TITLE = /^[一二三四五六七八九十]+、[^，。；：！？]{1,30}$/;

/** A section heading: a bare numeral (一), a short numbered title (一、总则), or the document's own title line. */
export function isHeading(line: string, title: string | null): boolean {
  return NUMERAL_HEADING.test(line) || NUMBERED_TITLE.test(line) || line === title;
}

export interface ArticleBody {
  paragraphs: DraftParagraph[];
  signatories: Signatory[];
  signedAt?: SignedAt;
}

export function toArticleBody(lines: readonly string[], title: string | null): ArticleBody {
  const block = findSignatureBlock(lines);
  const paragraphs = lines.map((text, i): DraftParagraph => {
    if (block && i >= block.start && i < block.end) return { kind: 'signature', text };
    return { kind: isHeading(text, title) ? 'heading' : 'paragraph', text };
  });
  return {
    paragraphs,
    signatories: block?.signatories ?? [],
    ...(block?.signedAt ? { signedAt: block.signedAt } : {}),
  };
}
