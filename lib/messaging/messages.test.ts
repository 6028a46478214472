// parseMessage is every receiver's gate: anything malformed or foreign is rejected, and
// what passes carries no prototype tricks.
import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

const state = { host: 'a.org', verdict: 'related', score: 1, reasons: [], terms: 0, found: [] };

describe('parseMessage', () => {
  test('accepts each well-formed message', () => {
    for (const m of [
      { type: 'annotate', text: '亚信', pageRelated: true, stage: 'fast' },
      { type: 'tooltip-entries', ids: ['cica', 'title:中哈谅解备忘录'] },
      { type: 'detect', title: 'T', text: '亚信', truncated: false, fast: 'if-related' },
      { type: 'open-panel', docId: 'd1', paraId: 'p1' },
      { type: 'get-page-state' },
      { type: 'annotate-page' },
      { type: 'reveal-term', entryId: 'cica' },
      { type: 'page-state', url: 'https://a.org/', state },
      { type: 'page-state', url: 'https://a.org/', state: { ...state, verdict: 'unrelated', once: true } },
      { type: 'get-main-text' },
      { type: 'look-up', text: '斡旋', mode: 'text' },
      { type: 'look-up', text: 'wo xuan', mode: 'search' },
      { type: 'look-up-at', text: '中方愿斡旋', offset: 3 },
      { type: 'save-word', word: { word: '斡旋', pinyin: 'wò xuán', english: 'to mediate', sentence: '中方愿斡旋', title: 'T', url: 'https://a.org/x' } },
    ]) {
      expect(parseMessage(m), m.type).toEqual(m);
    }
  });

  test('rejects non-objects, unknown types and missing or mistyped fields', () => {
    for (const raw of [
      undefined,
      null,
      42,
      'annotate',
      ['annotate'],
      () => 'annotate',
      {},
      { type: 'eval', code: '1' },
      { type: 'annotate' },
      { type: 'annotate', text: 42, pageRelated: true },
      { type: 'annotate', text: '亚信', pageRelated: 'yes' },
      { type: 'tooltip-entries' },
      { type: 'detect', title: 'T', text: '亚信', truncated: false, fast: 'sometimes' },
      { type: 'tooltip-entries', ids: 'cica' },
      { type: 'tooltip-entries', ids: [''] },
      { type: 'open-panel' },
      { type: 'open-panel', docId: '' },
      { type: 'reveal-term', entryId: 7 },
      { type: 'look-up', text: '斡旋' },
      { type: 'look-up', text: '斡旋', mode: 'page' },
      { type: 'look-up-at', text: '斡旋', offset: 2 },
      { type: 'look-up-at', text: '斡旋', offset: -1 },
      { type: 'look-up-at', text: '斡旋', offset: 0.5 },
      { type: 'look-up-at', text: '', offset: 0 },
      { type: 'look-up-at', text: '字'.repeat(201), offset: 0 },
      { type: 'look-up', text: ['斡旋'], mode: 'text' },
      { type: 'save-word', word: { word: '斡旋', pinyin: '', english: '', sentence: '', title: '', url: 'javascript:alert(1)' } },
      { type: 'save-word', word: { word: '', pinyin: '', english: '', sentence: '', title: '', url: '' } },
      { type: 'save-word', word: { word: '斡旋' } },
      { type: 'page-state', url: 'https://a.org/', state: { ...state, verdict: 'maybe' } },
      { type: 'page-state', url: 'https://a.org/', state: { ...state, once: 'yes' } },
      { type: 'page-state', state },
      { type: 'page-state', state: { ...state, found: [{ id: 'x' }] } },
    ]) {
      expect(parseMessage(raw), String(JSON.stringify(raw))).toBeUndefined();
    }
  });

  test('rejects strings past their limits', () => {
    expect(parseMessage({ type: 'annotate', text: 'x'.repeat(4_000_001), pageRelated: true })).toBeUndefined();
    expect(parseMessage({ type: 'open-panel', docId: 'd'.repeat(201) })).toBeUndefined();
    expect(parseMessage({ type: 'tooltip-entries', ids: Array.from({ length: 5_001 }, (_, i) => `e${i}`) })).toBeUndefined();
    expect(parseMessage({ type: 'reveal-term', entryId: 'e'.repeat(201) })).toBeUndefined();
    expect(parseMessage({ type: 'look-up', text: '字'.repeat(1001), mode: 'text' })).toBeUndefined();
  });

  test('a __proto__ key neither pollutes Object.prototype nor survives into the message', () => {
    for (const json of [
      '{"__proto__": {"polluted": true}, "type": "annotate", "text": "亚信", "pageRelated": true, "stage": "fast"}',
      '{"type": "get-page-state", "constructor": {"prototype": {"polluted": true}}}',
      '{"type": "page-state", "url": "https://a.org/", "state": {"__proto__": {"polluted": true}, "host": "a.org", "verdict": "off", "score": 0, "reasons": [], "terms": 0, "found": []}}',
    ]) {
      const message = parseMessage(JSON.parse(json));
      expect(message).toBeDefined();
      expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect((message as { polluted?: boolean }).polluted).toBeUndefined();
      expect(Object.keys(message!)).not.toContain('__proto__');
      expect(Object.keys(message!)).not.toContain('constructor');
    }
  });

  test('a __proto__ key cannot supply a missing field', () => {
    expect(parseMessage(JSON.parse('{"type": "annotate", "__proto__": {"text": "亚信", "pageRelated": true}}'))).toBeUndefined();
  });
});
