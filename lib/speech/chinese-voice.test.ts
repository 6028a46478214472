import { describe, expect, test } from 'vitest';
import { pickChineseVoice } from './chinese-voice';

const v = (lang: string, localService = true) => ({ lang, localService, name: lang });

describe('pickChineseVoice', () => {
  test('a local Mandarin voice, zh-CN first', () => {
    expect(pickChineseVoice([v('en-US'), v('zh-TW'), v('zh-CN')])?.lang).toBe('zh-CN');
    expect(pickChineseVoice([v('en-US'), v('zh_TW')])?.lang).toBe('zh_TW');
  });
  test('none for Cantonese, network voices or no voices: the button is not shown', () => {
    expect(pickChineseVoice([v('zh-HK'), v('yue-HK'), v('en-GB')])).toBeUndefined();
    expect(pickChineseVoice([v('zh-CN', false)])).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });
});
