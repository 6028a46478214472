// Reads a word aloud with the browser's own Mandarin voice; nothing is shown without one.
import { useChineseVoice } from './hooks/use-chinese-voice';

export function SpeakButton({ text, label }: { text: string; label: string }) {
  const voice = useChineseVoice();
  if (!voice) return null;
  const speak = () => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.8;
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="speak" aria-label={label} title={label} onClick={speak}>
      🔊
    </button>
  );
}
