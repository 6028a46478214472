// Turns keyword hits into a score and the reasons shown in the side panel.
import type { Scan, Hit } from './scanner';
import type { Reason } from './reasons';
import type { Family, Signal, SignalLabel } from './signals';

export interface Detection {
  related: boolean;
  /** In [0, 1], two decimals. */
  score: number;
  /** Most telling first; reason-text.ts writes them in each language. */
  reasons: Reason[];
}

// Tuned on tests/fixtures/pages (see fixtures.test.ts); global, never per page.
/** Pages shorter than this many thousand characters count as this long, so briefs are not inflated. */
const MIN_KCHARS = 0.5;
/** Weighted hits per family that a page may have in passing before the family counts at all. */
const INCIDENTAL = 1.5;
/** A title hit weighs like this many hits per thousand characters of body. */
const TITLE_WEIGHT = 1.5;
/** Evidence at which a family's strength reaches 1 - 1/e. */
const SCALE: Record<Family, number> = { region: 3, genre: 4 };
const THRESHOLD = 0.5;

export function scoreScans(title: Scan, body: Scan): Detection {
  const bodyChars = body.chars; // non-whitespace characters of the body text
  const kchars = Math.max(bodyChars / 1000, MIN_KCHARS);
  const region = strength('region', title, body, kchars);
  const genre = strength('genre', title, body, kchars);
  // Geometric mean: either family missing sinks the page, however strong the other is.
  const score = round2(Math.sqrt(region * genre));
  const reasons: Reason[] = [
    ...titleReasons(title),
    ...regionReasons(body, region),
    ...genreReasons(body, genre),
    ...decoyReasons(title, body),
    { code: 'signals', region, genre, chars: bodyChars },
  ];
  return { related: score >= THRESHOLD, score, reasons };
}

function strength(family: Family, title: Scan, body: Scan, kchars: number): number {
  const inBody = Math.max(0, weighted(body, family, (hit) => hit.count) - INCIDENTAL);
  // Distinct terms only: a title repeating a name is no stronger.
  const inTitle = weighted(title, family, () => 1);
  const evidence = inBody / kchars + TITLE_WEIGHT * inTitle;
  return 1 - Math.exp(-evidence / SCALE[family]);
}

function weighted(scan: Scan, family: Family, count: (hit: Hit<Signal>) => number): number {
  let sum = 0;
  for (const hit of scan.signals.values()) {
    if (hit.entry.family === family) sum += hit.entry.weight * count(hit);
  }
  return sum;
}

/** Below this weight a title word (总统, 双方, 一带一路) is too common to be worth showing. */
const TITLE_REASON_MIN_WEIGHT = 0.7;

/** The strongest title hit of each family. */
function titleReasons(title: Scan): Reason[] {
  return (['genre', 'region'] as const)
    .map((family) => sortedHits(title, family)[0])
    .filter((hit): hit is Hit<Signal> => hit !== undefined && hit.entry.weight >= TITLE_REASON_MIN_WEIGHT)
    .map((hit) => ({ code: 'title-names', label: hit.entry.label, form: hit.form }));
}

function regionReasons(body: Scan, strength: number): Reason[] {
  const byLabel = new Map<SignalLabel, number>();
  for (const hit of sortedHits(body, 'region')) {
    byLabel.set(hit.entry.label, (byLabel.get(hit.entry.label) ?? 0) + hit.count);
  }
  if (byLabel.size === 0) return [{ code: 'no-region' }];
  const mentions = [...byLabel]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([label, count]): Reason => ({ code: 'mentions', label, count }));
  return strength === 0 ? [...mentions, { code: 'region-incidental' }] : mentions;
}

function genreReasons(body: Scan, strength: number): Reason[] {
  const hits = sortedHits(body, 'genre');
  if (hits.length === 0) return [{ code: 'no-vocabulary' }];
  const line: Reason = { code: 'vocabulary', terms: hits.slice(0, 6).map((hit) => ({ form: hit.form, count: hit.count })) };
  return strength === 0 ? [line, { code: 'vocabulary-incidental' }] : [line];
}

function decoyReasons(title: Scan, body: Scan): Reason[] {
  const byForm = new Map<string, Extract<Reason, { code: 'not-counted' }>>();
  for (const scan of [title, body]) {
    for (const hit of scan.decoys.values()) {
      const seen = byForm.get(hit.form);
      if (seen) seen.count += hit.count;
      else byForm.set(hit.form, { code: 'not-counted', form: hit.form, meaning: hit.entry.meaning, count: hit.count });
    }
  }
  return [...byForm.values()];
}

/** Hits of one family, strongest evidence first. */
function sortedHits(scan: Scan, family: Family): Hit<Signal>[] {
  return [...scan.signals.values()]
    .filter((hit) => hit.entry.family === family)
    .sort((a, b) => b.entry.weight * b.count - a.entry.weight * a.count);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
