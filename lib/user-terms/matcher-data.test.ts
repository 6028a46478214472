import * as jieba from 'jieba-wasm';
import { expect, test } from 'vitest';
import { annotateFast, annotateText } from '../annotate/annotate';
import { createFastMatcher } from '../glossary/fast-matcher';
import { createMatcher, type MatcherData } from '../glossary/matcher';
import { createSegmenter } from '../segment/segmenter';
import { userTooltipEntry, withUserTerms } from './matcher-data';
import type { UserTerm } from './schema';

const glossary: MatcherData = { forms: [['亚信', 'cica'], ['上海合作组织', 'sco']], contexts: {} };
const mine: UserTerm[] = [
  { id: 'x1', term: '亚信', variants: [], english: 'my CICA', note: '我的笔记', category: 'organization' },
  { id: 'x2', term: '跨境数据走廊', variants: ['数据走廊'], english: 'cross-border data corridor', note: 'my note', category: 'project' },
];
const text = '亚信会议讨论了跨境数据走廊和上海合作组织，以及数据走廊。';

test("the reader's terms are found in both stages, and win over a bundled entry of the same form", () => {
  const data = withUserTerms(glossary, mine);
  const matcher = createMatcher(data);
  const segmenter = createSegmenter(jieba, matcher.userWords);
  const expected = [
    ['user:x1', '亚信'],
    ['user:x2', '跨境数据走廊'],
    ['sco', '上海合作组织'],
    ['user:x2', '数据走廊'],
  ];
  expect(annotateText(text, segmenter, matcher).map((m) => [m.entryId, text.slice(m.start, m.end)])).toEqual(expected);
  expect(annotateFast(text, createFastMatcher(data)).map((m) => [m.entryId, text.slice(m.start, m.end)])).toEqual(expected);
});

test("the card of a reader's term says it is theirs, with the note in its own language", () => {
  expect(userTooltipEntry(mine[0]!)).toMatchObject({ id: 'user:x1', mine: true, english: 'my CICA', definitionZh: '我的笔记', definitionEn: '' });
  expect(userTooltipEntry(mine[1]!)).toMatchObject({ definitionEn: 'my note', definitionZh: '', corpus: [], related: [] });
});
