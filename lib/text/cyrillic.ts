// Cyrillic text: the one test for it (the glossary's Russian and Kazakh).

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}
