// Random Unicode in the page's text (fixed seed): astral characters, combining marks,
// zero-width and bidi controls, several scripts, with glossary terms sprinkled in. Every
// highlighted range must read as a glossary form, and no range may cut a surrogate pair.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { glossary } from '../../lib/glossary/data';
import { normalize } from '../../lib/text/normalize';
import { HIGHLIGHT_ENTRIES, inContentScript, setUp, tearDown, waitForVerdict, type Env } from './fixtures';
import { ARTICLE, page } from './pages';

/** mulberry32: a small seeded generator, so the page is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = ['亚信', '上海合作组织', '三股势力', '丝绸之路经济带', '全面战略伙伴关系', '中哈', '中欧班列', '西安宣言'];
const ODD = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202c', '\u0301', '\u0308', '\u00ad', '\u3000', ' ', '，'];

function randomText(next: () => number, length: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const between = (lo: number, hi: number) => String.fromCodePoint(lo + Math.floor(next() * (hi - lo)));
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < 0.08) out += pick(TERMS);
    else if (r < 0.4) out += between(0x4e00, 0x9fff);
    else if (r < 0.5) out += between(0x20000, 0x2a6df); // CJK extension B: surrogate pairs
    else if (r < 0.55) out += between(0x1f300, 0x1f64f);
    else if (r < 0.65) out += pick(ODD);
    else if (r < 0.72) out += between(0x0600, 0x06ff);
    else if (r < 0.78) out += between(0x0400, 0x04ff);
    else if (r < 0.84) out += between(0x05d0, 0x05ea);
    else if (r < 0.92) out += between(0x61, 0x7a);
    else out += between(0x3040, 0x30ff);
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

function unicodePage(): string {
  const next = random(20_240_607);
  const paras = Array.from({ length: 60 }, (_, i) => {
    const text = escapeHtml(randomText(next, 120));
    // Some paragraphs split their text across inline elements at random points.
    if (i % 3) return `<p>${text}</p>`;
    const cut = Math.floor(next() * text.length);
    return `<p>${text.slice(0, cut)}<span>${text.slice(cut)}</span></p>`;
  });
  return page('中哈关系 随机文本', `<main><p>${ARTICLE}</p>${paras.join('')}</main>`);
}

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/unicode.html': unicodePage() });
});
afterAll(() => tearDown(env));

test('every highlight on a page of random Unicode is a glossary form, on whole characters', async () => {
  const tab = await env.browser.context.newPage();
  await tab.goto(env.server.url('/unicode.html'));
  const { terms } = await waitForVerdict(tab, 'related');
  expect(terms).toBeGreaterThan(30);
  const ranges = await inContentScript<{ text: string; cutsPair: boolean }[]>(
    tab,
    `(() => {
      const low = (node, offset) => node.nodeType === 3 && offset > 0 && offset < node.data.length && /[\\udc00-\\udfff]/.test(node.data[offset]);
      return ${HIGHLIGHT_ENTRIES}.map(([, r]) => r)
        .map((r) => ({ text: r.toString(), cutsPair: low(r.startContainer, r.startOffset) || low(r.endContainer, r.endOffset) }));
    })()`,
  );
  expect(ranges.length).toBe(terms);
  const forms = new Set(glossary.matcher.forms.filter(([, id]) => id).map(([form]) => form));
  expect(ranges.filter((r) => !forms.has(normalize(r.text).text))).toEqual([]);
  expect(ranges.filter((r) => r.cutsPair)).toEqual([]);
  await tab.close();
});
