// Finds glossary terms in normalised text. A match must start and end on jieba token
// boundaries (so 亚信 is not found inside 中亚|信息), the longest form wins
// (上海合作组织成员国元首理事会 over 上海合作组织), and a false friend that wins
// the same spot (亚信科技) suppresses the term instead of producing a match.
import type { Token } from '../segment/segmenter';

export interface Match {
  entryId: string;
  start: number;
  end: number;
}

export interface ContextRule {
  anyOf: string[];
  window: number;
}

/** What the matcher needs, all in normalised form. */
export interface MatcherData {
  /** [form, entry id], or [form, null] for a false friend. */
  forms: ReadonlyArray<readonly [string, string | null]>;
  /** Entries that count only with confirming context nearby. */
  contexts: Readonly<Record<string, ContextRule>>;
}

export interface MatchOptions {
  /** On a page already judged related, ambiguous terms need no local context. */
  pageRelated?: boolean;
}

export interface Matcher {
  match(text: string, tokens: readonly Token[], options?: MatchOptions): Match[];
  /** Every form, for the segmenter's user dictionary. */
  userWords: string[];
}

/** Whether one of the rule's cues occurs within its window around [start, end). */
export function hasContext(text: string, start: number, end: number, rule: ContextRule): boolean {
  const around = text.slice(Math.max(0, start - rule.window), Math.min(text.length, end + rule.window));
  return rule.anyOf.some((cue) => around.includes(cue));
}

export function createMatcher(data: MatcherData): Matcher {
  // First character → forms starting with it, longest first.
  const byFirst = new Map<string, (readonly [string, string | null])[]>();
  for (const pair of data.forms) {
    const first = pair[0][0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(pair);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);

  return {
    userWords: data.forms.map(([form]) => form),
    match(text, tokens, options = {}) {
      const boundary = new Uint8Array(text.length + 1);
      for (const t of tokens) {
        boundary[t.start] = 1;
        boundary[t.end] = 1;
      }
      const matches: Match[] = [];
      let i = 0;
      while (i < text.length) {
        const candidates = boundary[i] ? byFirst.get(text[i]!) : undefined;
        const hit = candidates?.find(([form]) => boundary[i + form.length] && text.startsWith(form, i));
        if (!hit) {
          i++;
          continue;
        }
        const [form, entryId] = hit;
        const end = i + form.length;
        const rule = entryId === null ? undefined : data.contexts[entryId];
        if (entryId !== null && (!rule || options.pageRelated || hasContext(text, i, end, rule))) {
          matches.push({ entryId, start: i, end });
        }
        i = end;
      }
      return matches;
    },
  };
}
