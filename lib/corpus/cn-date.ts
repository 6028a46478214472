// Dates as Chinese documents print them: 二〇一四年五月十九日, ２０１５年, 2013年9月7日.
import type { SignedAt } from './types';

const DIGIT: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, '０': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Arabic digits for full-width ones (２０１５ → 2015); other characters unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** 二〇一四 → 2014: digit by digit. */
function readYear(text: string): number {
  return Number([...text].map((ch) => DIGIT[ch] ?? Number(toAsciiDigits(ch))).join(''));
}

/** 十九 → 19, 三十一 → 31, 五 → 5; Arabic digits accepted too. */
function readSmall(text: string): number {
  const ascii = toAsciiDigits(text);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const ten = text.indexOf('十');
  if (ten < 0) return DIGIT[text] ?? NaN;
  const tens = ten === 0 ? 1 : (DIGIT[text.slice(0, ten)] ?? NaN);
  const onesText = text.slice(ten + 1);
  const ones = onesText === '' ? 0 : (DIGIT[onesText] ?? NaN);
  return tens * 10 + ones;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Rejects 2014-02-30 and other dates the calendar does not have. */
export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const SIGNED_AT = /^([〇○零０-９0-9一二三四五六七八九]{4})年([十一二三四五六七八九0-9０-９]{1,3})月([十一二三四五六七八九0-9０-９]{1,3})日于(\S+)$/;

/** Reads a signature line such as 二〇一四年五月十九日于上海; null when the line is something else. */
export function parseSignedAt(line: string): SignedAt | null {
  const m = SIGNED_AT.exec(line.trim());
  if (!m) return null;
  const [, y, mo, d, place] = m as unknown as [string, string, string, string, string];
  const date = isoDate(readYear(y), readSmall(mo), readSmall(d));
  return isRealDate(date) ? { date, place } : null;
}
