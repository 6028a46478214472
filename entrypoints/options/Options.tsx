// The options page: sites, what is highlighted and how, the card's content, language and
// colours. Every change is written at once; open tabs follow through storage.
import { useEffect } from 'react';
import { resolveLang } from '@/lib/i18n/i18n';
import { categoryLabels } from '@/lib/glossary/category-labels';
import { CATEGORIES } from '@/lib/glossary/categories';
import { categoryShown, withCategoryShown, type CardContent, type HighlightStyle, type LookupKey, type PanelTextSize, type Settings, type Theme } from '@/lib/settings/settings';
import { Checkbox, RadioGroup } from './Choices';
import { RenderingChoice } from './RenderingChoice';
import { SiteList } from './SiteList';
import { SiteListFile } from './SiteListFile';
import { optionsStrings } from './strings';
import { useEditableSettings } from '../../components/hooks/use-editable-settings';
import { usePageSettings } from '../../components/hooks/use-page-settings';
import { SaveError } from '../../components/SaveError';
import { ShortcutList } from '../../components/ShortcutList';
import './options.css';

export function Options() {
  const { settings, update, saveError } = useEditableSettings();
  usePageSettings(settings);
  const t = optionsStrings(resolveLang(settings?.language ?? 'auto', navigator.language));
  useEffect(() => {
    document.title = t.title;
  }, [t.title]);
  if (!settings) return <main className="options" aria-busy="true" />;

  const lang = resolveLang(settings.language, navigator.language);
  const labels = categoryLabels(lang);
  const setCard = (field: keyof CardContent, on: boolean) => void update({ ...settings, card: { ...settings.card, [field]: on } });

  return (
    <main className="options">
      <header>
        <h1>{t.title}</h1>
        <p className="muted">{t.savedNote}</p>
        <SaveError problem={saveError} lang={lang} />
        <Checkbox label={t.enabled} checked={settings.enabled} onChange={(enabled) => void update({ ...settings, enabled })} />
      </header>

      <section aria-labelledby="sites">
        <h2 id="sites">{t.sitesHeading}</h2>
        <p className="muted">{t.sitesIntro}</p>
        <SiteList settings={settings} t={t} onChange={update} />
        <SiteListFile settings={settings} t={t} onChange={update} />
      </section>

      <section aria-labelledby="highlights">
        <h2 id="highlights">{t.highlightsHeading}</h2>
        <fieldset className="choices categories">
          <legend>{t.categories}</legend>
          {CATEGORIES.map((c) => (
            <label key={c} className={`category category-${c}`}>
              <input type="checkbox" checked={categoryShown(settings, c)} onChange={(e) => void update(withCategoryShown(settings, c, e.target.checked))} />
              {labels[c]}
            </label>
          ))}
        </fieldset>
        <RadioGroup<HighlightStyle>
          legend={t.style}
          value={settings.highlightStyle}
          onChange={(highlightStyle) => void update({ ...settings, highlightStyle })}
          choices={[
            { value: 'both', label: t.styleBoth },
            { value: 'background', label: t.styleBackground },
            { value: 'underline', label: t.styleUnderline },
          ]}
        />
        <Checkbox label={t.firstOnly} checked={settings.firstOccurrenceOnly} onChange={(firstOccurrenceOnly) => void update({ ...settings, firstOccurrenceOnly })} />
        <Checkbox label={t.lightRepeats} checked={settings.lightRepeats} onChange={(lightRepeats) => void update({ ...settings, lightRepeats })} />
      </section>

      <section aria-labelledby="card">
        <h2 id="card">{t.cardHeading}</h2>
        <fieldset className="choices">
          <legend>{t.cardIntro}</legend>
          <Checkbox label={t.pinyin} checked={settings.card.pinyin} onChange={(on) => setCard('pinyin', on)} />
          <Checkbox label={t.english} checked={settings.card.english} onChange={(on) => setCard('english', on)} />
          <Checkbox label={t.definition} checked={settings.card.definition} onChange={(on) => setCard('definition', on)} />
        </fieldset>
        <RenderingChoice value={settings.renderings} t={t} onChange={(renderings) => void update({ ...settings, renderings })} />
      </section>

      <section aria-labelledby="lookup">
        <h2 id="lookup">{t.lookupHeading}</h2>
        <RadioGroup<LookupKey>
          legend={t.lookupKey}
          value={settings.lookupKey}
          onChange={(lookupKey) => void update({ ...settings, lookupKey })}
          choices={[
            { value: 'Shift', label: 'Shift' },
            { value: 'Alt', label: 'Alt' },
            { value: 'Ctrl', label: 'Ctrl' },
            { value: 'none', label: t.lookupKeyNone },
          ]}
        />
        {/* Without a key there is nothing to hold: the mode cannot apply (lib/settings/lookup-key.ts). */}
        <Checkbox
          label={t.cardsOnlyWhileKeyHeld}
          checked={settings.cardsOnlyWhileKeyHeld}
          disabled={settings.lookupKey === 'none'}
          onChange={(cardsOnlyWhileKeyHeld) => void update({ ...settings, cardsOnlyWhileKeyHeld })} />
        <Checkbox label={t.lookUpEveryWordOnHover} checked={settings.lookUpEveryWordOnHover} onChange={(lookUpEveryWordOnHover) => void update({ ...settings, lookUpEveryWordOnHover })} />
      </section>

      <section aria-labelledby="appearance">
        <h2 id="appearance">{t.appearanceHeading}</h2>
        <RadioGroup<Settings['language']>
          legend={t.language}
          value={settings.language}
          onChange={(language) => void update({ ...settings, language })}
          // Each language is named in itself, so a reader who cannot read the current one finds theirs.
          choices={[
            { value: 'auto', label: t.languageAuto },
            { value: 'zh', label: '中文', lang: 'zh-CN' },
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'ru', label: 'Русский', lang: 'ru' },
          ]}
        />
        <RadioGroup<Theme>
          legend={t.theme}
          value={settings.theme}
          onChange={(theme) => void update({ ...settings, theme })}
          choices={[
            { value: 'auto', label: t.themeAuto },
            { value: 'light', label: t.themeLight },
            { value: 'dark', label: t.themeDark },
          ]}
        />
        <RadioGroup<PanelTextSize>
          legend={t.textSize}
          value={settings.panelTextSize}
          onChange={(panelTextSize) => void update({ ...settings, panelTextSize })}
          choices={[
            { value: 'small', label: t.textSmall },
            { value: 'medium', label: t.textMedium },
            { value: 'large', label: t.textLarge },
            { value: 'larger', label: t.textLarger },
          ]}
        />
      </section>

      <section aria-labelledby="keyboard">
        <h2 id="keyboard">{t.shortcutHeading}</h2>
        <ShortcutList lang={lang} lookupKey={settings.lookupKey} />
        <p className="muted">{t.shortcutHow}</p>
      </section>

      <section aria-labelledby="about">
        <h2 id="about">{t.aboutHeading}</h2>
        <p>
          {t.aboutDictionary}{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
            CC BY-SA 4.0
          </a>
        </p>
      </section>
    </main>
  );
}
