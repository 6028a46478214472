// Cyrillic text: the one test for it, and the fold that glossary search compares Russian and
// Kazakh with.

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

// Readers type Kazakh on Russian keyboards without its own letters (Казакстан for
// Қазақстан), so search folds each to the Russian letter it is typed as.
const KAZAKH_AS_RUSSIAN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/**
 * For comparison only: composed (so е + combining diaeresis is ё), lower case, ё as е (most
 * Russian print uses е), Kazakh letters as above; й stays й.
 */
export function foldCyrillic(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ёәғқңөұүһі]/g, (c) => (c === 'ё' ? 'е' : KAZAKH_AS_RUSSIAN[c]!));
}
