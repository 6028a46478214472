// Reads a word aloud with the browser's own Mandarin voice; nothing is shown without one.
import { speakWith } from '@/lib/speech/speak';
import { useChineseVoice } from './hooks/use-chinese-voice';

export function SpeakButton({ text, label }: { text: string; label: string }) {
  const voice = useChineseVoice();
  if (!voice) return null;
  const speak = () => speakWith(voice, text);
  return (
    <button type="button" className="speak" aria-label={label} title={label} onClick={speak}>
      🔊
    </button>
  );
}
