// One spelling for English words the glossary and its readers write in more than one way:
// British and American (Organisation / Organization, neighbour / neighbor, centre / center)
// and older names of the region's places (Kazakstan, Kirghizia, Akmola). Applied to
// the glossary's words and to the query alike, so either spelling finds either.

/** Older names, as single lower-case words, and the glossary's current ones. */
const OLDER_NAMES: Readonly<Record<string, string>> = {
  kazakstan: 'kazakhstan',
  kazachstan: 'kazakhstan',
  kirghizia: 'kyrgyzstan',
  kirgizia: 'kyrgyzstan',
  kirghizstan: 'kyrgyzstan',
  tadzhikistan: 'tajikistan',
  tadjikistan: 'tajikistan',
  turkmenia: 'turkmenistan',
  uzbekstan: 'uzbekistan',
  akmola: 'astana',
  aqmola: 'astana',
  peking: 'beijing',
  sinkiang: 'xinjiang',
};

/** British word beginnings and the American ones (a word that starts with one is rewritten). */
const BRITISH_STEMS: readonly (readonly [string, string])[] = [
  ['neighbour', 'neighbor'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['harbour', 'harbor'],
  ['behaviour', 'behavior'],
  ['endeavour', 'endeavor'],
  ['colour', 'color'],
  ['centre', 'center'],
  ['defence', 'defense'],
  ['programme', 'program'],
  ['licence', 'license'],
  ['catalogue', 'catalog'],
];

/** A lower-case ASCII word in the one spelling compared. */
export function foldSpelling(word: string): string {
  const older = OLDER_NAMES[word];
  if (older !== undefined) return older;
  const stem = BRITISH_STEMS.find(([british]) => word.startsWith(british));
  const american = stem ? stem[1] + word.slice(stem[0].length) : word;
  // organisation, organisational, civilisation
  return american.replace('isation', 'ization');
}
