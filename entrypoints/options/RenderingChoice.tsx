// Which renderings the card shows and in what order: automatic (the interface language's first),
// or the reader's own list, each language switched on or off and moved up.
import { RENDERING_LANGS, type RenderingLang, type Settings } from '@/lib/settings/settings';
import { Checkbox } from './Choices';
import type { OptionsStrings } from './strings';

interface Props {
  value: Settings['renderings'];
  t: OptionsStrings;
  onChange: (value: Settings['renderings']) => void;
}

export function RenderingChoice({ value, t, onChange }: Props) {
  const chosen: RenderingLang[] = value === 'auto' ? ['en'] : value;
  // The chosen languages in their order, then the others, so each can be switched on where it will appear.
  const listed = [...chosen, ...RENDERING_LANGS.filter((l) => !chosen.includes(l))];
  const toggle = (lang: RenderingLang, on: boolean) => {
    const next = on ? listed.filter((l) => l === lang || chosen.includes(l)) : chosen.filter((l) => l !== lang);
    if (next.length > 0) onChange(next);
  };
  const moveUp = (i: number) => {
    const next = [...chosen];
    [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
    onChange(next);
  };
  return (
    <fieldset className="choices renderings">
      <legend>{t.renderings}</legend>
      <Checkbox label={t.renderingsAuto} checked={value === 'auto'} onChange={(auto) => onChange(auto ? 'auto' : chosen)} />
      {value !== 'auto' && (
        <ol>
          {listed.map((lang) => {
            const i = chosen.indexOf(lang);
            return (
              <li key={lang}>
                <Checkbox label={t.renderingName(lang)} checked={i >= 0} onChange={(on) => toggle(lang, on)} />
                {i > 0 && (
                  <button type="button" onClick={() => moveUp(i)} aria-label={t.moveUp(t.renderingName(lang))}>
                    ↑
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
