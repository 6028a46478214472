// One word of a lookup: each reading (forms, pinyin, senses, classifiers, variants), its
// characters for a longer word, and Save / speak.
import { describeCharacter, describeRef } from '@/lib/dictionary/describe';
import type { LookedUpWord } from '@/lib/messaging/messages';
import { SpeakButton } from '../../components/SpeakButton';
import { useText } from './lang';
import { dictionaryStrings } from './strings/dictionary';

export function LookedUpWordView({ word, saved, onSave }: { word: LookedUpWord; saved: boolean; onSave: () => void }) {
  const t = useText(dictionaryStrings);
  return (
    <article className="dict-word" data-word={word.text}>
      <header>
        <h3 lang="zh-CN">{word.text}</h3>
        <SpeakButton text={word.text} label={t.speak(word.text)} />
        {/* The name starts with what the button shows, Save or Saved. */}
        <button type="button" aria-label={saved ? t.savedLabel(word.text) : t.saveLabel(word.text)} onClick={onSave} disabled={saved}>
          {saved ? t.saved : t.save}
        </button>
      </header>
      {word.entries.map((e) => (
        <section key={`${e.traditional} ${e.pinyinNumbered}`} className="dict-entry">
          <p>
            <span className="dict-pinyin">{e.pinyin}</span>
            {e.traditional !== e.simplified && (
              <span className="muted">
                {' '}
                {t.traditional} <span lang="zh-TW">{e.traditional}</span>
              </span>
            )}
          </p>
          <ol className="dict-senses">
            {e.senses.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          {e.classifiers.length > 0 && (
            <p className="muted">
              {t.classifiers}: <span lang="zh-CN">{e.classifiers.map(describeRef).join('、')}</span>
            </p>
          )}
          {e.variants.length > 0 && (
            <p className="muted">
              {t.variants}: <span lang="zh-CN">{e.variants.map(describeRef).join('、')}</span>
            </p>
          )}
        </section>
      ))}
      {word.characters.length > 0 && (
        <details className="dict-chars">
          <summary>{t.characters}</summary>
          <dl>
            {word.characters.map((c, i) => (
              <div key={i}>
                <dt lang="zh-CN">{c.character}</dt>
                <dd>{describeCharacter(c.entries)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </article>
  );
}
