import { describe, expect, test } from 'vitest';
import { dictionaryWordToSave, glossaryTermToSave, sentenceAround } from './to-save';

describe('sentenceAround', () => {
  const text = '前言。双方恪守睦邻友好原则，支持对方。后记！';
  const at = (word: string) => sentenceAround(text, text.indexOf(word), text.indexOf(word) + word.length);

  test('the sentence holding the word, with its closing mark', () => {
    expect(at('恪守')).toBe('双方恪守睦邻友好原则，支持对方。');
    expect(at('前言')).toBe('前言。');
    expect(at('后记')).toBe('后记！');
  });

  test('a word at a sentence end keeps that sentence', () => {
    expect(at('对方')).toBe('双方恪守睦邻友好原则，支持对方。');
  });

  test('an endless sentence is cut around the word, and whitespace is one space', () => {
    const long = `${'字'.repeat(1000)}斡旋 \n${'字'.repeat(1000)}`;
    const s = sentenceAround(long, 1000, 1002);
    expect(s.startsWith('字')).toBe(true);
    expect(s).toContain('斡旋');
    expect(s.length).toBeLessThanOrEqual(302);
  });
});

describe('what Save stores', () => {
  const read = { sentence: '中方愿斡旋。', title: 'T'.repeat(2000), url: 'https://a.org/x' };

  test('a dictionary word: every reading, every sense; the title cut to the limit', () => {
    const saved = dictionaryWordToSave(
      { text: '行', entries: [{ pinyin: 'xíng', senses: ['to walk', 'OK'] }, { pinyin: 'háng', senses: ['row'] }, { pinyin: 'xíng', senses: ['capable'] }] },
      read,
    );
    expect(saved).toMatchObject({ word: '行', pinyin: 'xíng / háng', english: 'to walk; OK | row | capable', sentence: '中方愿斡旋。', url: 'https://a.org/x' });
    expect(saved.title).toHaveLength(1000);
  });

  test('a glossary term as the page writes it; an address that is not a web page is dropped', () => {
    expect(glossaryTermToSave({ written: '亞信', pinyin: 'Yàxìn', english: 'CICA' }, { ...read, url: 'chrome-extension://x/pdf.html' })).toMatchObject({
      word: '亞信',
      pinyin: 'Yàxìn',
      english: 'CICA',
      url: '',
    });
  });
});
