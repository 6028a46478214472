// The browser's local Mandarin voice, if it has one; undefined hides the speaker buttons.
// Voices arrive asynchronously in Chromium (voiceschanged), at once in Firefox.
import { useEffect, useState } from 'react';
import { pickChineseVoice } from '@/lib/speech/chinese-voice';

export function useChineseVoice(): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const pick = () => setVoice(pickChineseVoice(speechSynthesis.getVoices()));
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, []);
  return voice;
}
