// Which of the browser's speech-synthesis voices reads Mandarin: zh-CN first, then any
// other Mandarin (zh-TW, cmn-*), never Cantonese (zh-HK, yue) for standard pinyin.
export interface VoiceLike {
  lang: string;
  localService: boolean;
}

function rank(lang: string): number {
  const l = lang.toLowerCase().replace('_', '-');
  if (l === 'zh-cn' || l === 'cmn-hans-cn' || l === 'cmn-cn') return 0;
  if (l.startsWith('cmn') || l === 'zh' || l === 'zh-tw' || l === 'zh-sg') return 1;
  return -1;
}

export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  // Local voices first: a network voice would send the word away.
  const local = voices.filter((v) => v.localService && rank(v.lang) >= 0);
  return local.sort((a, b) => rank(a.lang) - rank(b.lang))[0];
}
