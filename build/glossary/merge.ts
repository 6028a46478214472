// Joins the Russian/Kazakh sidecar items to their entries by id. An item for no entry, or a
// second item for one, fails the build: either is a typo or a merge gone wrong, and would
// otherwise silently drop or overwrite a checked rendering.
import type { GlossaryEntry } from './schema';
import type { Translation } from './translation-schema';

export type TranslatedEntry = Omit<GlossaryEntry, 'definition'> &
  Partial<Pick<Translation, 'ru' | 'ruSource' | 'ruVerified' | 'kk' | 'kkSource' | 'kkVerified'>> & {
    definition: GlossaryEntry['definition'] & { ru?: string };
  };

export function mergeTranslations(entries: readonly GlossaryEntry[], translations: readonly Translation[]): TranslatedEntry[] {
  const byId = new Map<string, Translation>();
  const ids = new Set(entries.map((e) => e.id));
  for (const t of translations) {
    if (!ids.has(t.id)) throw new Error(`ru/: "${t.id}" is not the id of any glossary entry`);
    if (byId.has(t.id)) throw new Error(`ru/: "${t.id}" has more than one Russian/Kazakh item`);
    byId.set(t.id, t);
  }
  return entries.map((e) => {
    const t = byId.get(e.id);
    if (!t) return e;
    const { id: _id, definitionRu, ...languages } = t;
    return { ...e, ...languages, definition: { ...e.definition, ru: definitionRu } };
  });
}
