// The card's dictionary parts: one word as CC-CEDICT has it (both written forms, every
// reading with tone-mark pinyin, senses, classifiers and variants, and each character of a
// longer word), and the glossary entries a selection holds. Shown for the word under the
// pointer or a selection, and under a glossary term's "More".
import { describeCharacter, describeRef } from '@/lib/dictionary/describe';
import type { GlossaryHit, LookedUpWord } from '@/lib/messaging/messages';
import { el } from './dom';
import type { CardStrings } from './strings';

/** One word; `actions` are its buttons (Save, the speaker), beside its heading. */
export function renderWord(word: LookedUpWord, strings: CardStrings, actions: HTMLElement[]): HTMLElement {
  const article = el('article', 'dict-word');
  article.dataset['word'] = word.text;
  const header = el('div', 'dict-head');
  const heading = el('span', 'dict-text', word.text);
  heading.lang = 'zh-CN';
  header.append(heading);
  const traditional = [...new Set(word.entries.map((e) => e.traditional).filter((t) => t !== word.text))];
  if (traditional.length > 0) {
    const forms = el('span', 'dict-traditional', traditional.join(' '));
    forms.lang = 'zh-TW';
    forms.title = strings.traditional;
    header.append(forms);
  }
  header.append(...actions);
  article.append(header);
  for (const entry of word.entries) {
    const reading = el('section', 'dict-entry');
    reading.append(el('div', 'dict-pinyin', entry.pinyin));
    const senses = el('ol', 'dict-senses');
    senses.lang = 'en';
    for (const sense of entry.senses) senses.append(el('li', '', sense));
    reading.append(senses);
    for (const [label, refs] of [
      [strings.classifiers, entry.classifiers],
      [strings.variants, entry.variants],
    ] as const) {
      if (refs.length === 0) continue;
      const line = el('p', 'dict-refs', `${label}: `);
      const list = el('span', '', refs.map(describeRef).join('、'));
      list.lang = 'zh-CN';
      line.append(list);
      reading.append(line);
    }
    article.append(reading);
  }
  if (word.characters.length > 0) {
    const chars = el('dl', 'dict-chars');
    chars.setAttribute('aria-label', strings.characters);
    for (const c of word.characters) {
      const dt = el('dt', '', c.character);
      dt.lang = 'zh-CN';
      chars.append(dt, el('dd', '', describeCharacter(c.entries)));
    }
    article.append(chars);
  }
  return article;
}

/** The glossary entries a selection holds: each opens its entry in the side panel. */
export function renderGlossaryHits(hits: readonly GlossaryHit[], strings: CardStrings, open: (entryId: string) => void): HTMLElement {
  const section = el('section', 'dict-glossary', `${strings.inGlossary}: `);
  for (const hit of hits) {
    const link = el('a', 'glossary-hit');
    link.href = '#';
    link.dataset['entry'] = hit.id;
    const term = el('span', 'term-small', hit.term);
    term.lang = 'zh-CN';
    link.append(term, ` ${hit.pinyin} — ${hit.english}`);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (event.isTrusted) open(hit.id);
    });
    section.append(link);
  }
  return section;
}
