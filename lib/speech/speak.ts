// Reads a word aloud with a voice the browser has (pickChineseVoice chose it), a little
// slower than speech, as a learner wants to hear it. Whatever was being read stops first.
export function speakWith(voice: SpeechSynthesisVoice, text: string): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.8;
  speechSynthesis.speak(utterance);
}
