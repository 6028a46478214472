// The one text form that search compares: normalised (full-width digits and Latin to ASCII,
// PDF spacing undone) and ASCII lower-cased. Lower-casing only ASCII keeps every character
// one unit long, so the normalisation map still leads back to the original text.
import { normalize, type Normalized } from '../text/normalize';

export function foldForSearch(text: string): Normalized {
  const norm = normalize(text);
  return { text: norm.text.replace(/[A-Z]/g, (c) => c.toLowerCase()), map: norm.map };
}
