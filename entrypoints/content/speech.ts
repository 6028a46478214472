// The card's speaker: the browser's local Mandarin voice, asked for when a card is drawn.
// Chromium fills its voice list asynchronously; asking early (the first card) starts it,
// so a card drawn a moment later has the button. Without such a voice there is no button.
import { pickChineseVoice } from '@/lib/speech/chinese-voice';

export function chineseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return pickChineseVoice(speechSynthesis.getVoices());
}
