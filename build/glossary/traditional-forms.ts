// Traditional-character forms of a simplified form, for pages from Taiwan, Hong Kong and
// Macao. Build time only (opencc-js is a dev dependency): the extension ships the derived
// strings, not the converter.
import * as OpenCC from 'opencc-js/cn2t';
import type { FormExpander } from './compile';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
// Word-level usage OpenCC's character tables leave out: Taiwan writes 夥伴 for 伙伴.
const TAIWAN_WORDS: [string, string][] = [['伙伴', '夥伴']];

export const traditionalForms: FormExpander = (form) => {
  const tw = toTaiwan(form);
  const out = new Set([tw, toHongKong(form)]);
  for (const [from, to] of TAIWAN_WORDS) if (tw.includes(from)) out.add(tw.replaceAll(from, to));
  out.delete(form);
  return [...out];
};
