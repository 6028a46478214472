// Agreements cited in 《…》 and, where the text gives it, the date just before the title
// (2002年12月23日签订的《…》).
import { isoDate, isRealDate, toAsciiDigits } from './cn-date';
import type { Paragraph } from './schema';

export interface FoundCitation {
  /** As cited, without 《》. */
  title: string;
  date: string | null;
  paragraphId: string;
}

const CITED = /《([^《》]+)》/g;
// Newspapers and journals are cited in 《》 too; they are not agreements.
const PUBLICATIONS = new Set(['人民日报', '光明日报', '经济日报', '求是']);
const DATED = /([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日(?:签订|签署|商定)的\s*$/;

function dateBefore(text: string): string | null {
  const m = DATED.exec(toAsciiDigits(text));
  if (!m) return null;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isRealDate(date) ? date : null;
}

/** Each 《…》 of a text: its title as cited (spaces dropped) and where the brackets are. */
export function bracketedTitles(text: string): { title: string; start: number; end: number }[] {
  return [...text.matchAll(CITED)].map((m) => ({ title: m[1]!.replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length }));
}

export function findCitations(paragraphs: readonly Paragraph[]): FoundCitation[] {
  return paragraphs.flatMap((p) =>
    bracketedTitles(p.text)
      .filter(({ title }) => !PUBLICATIONS.has(title))
      .map(({ title, start }) => ({ title, date: dateBefore(p.text.slice(0, start)), paragraphId: p.id })),
  );
}
