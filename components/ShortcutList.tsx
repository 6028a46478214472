// The keyboard shortcuts (shortcuts.ts) as a list of keys and what they do, in the
// interface language; shown by the popup and the options page.
import { useEffect, useState } from 'react';
import { defineStrings, type Lang } from '@/lib/i18n/i18n';
import type { LookupKey } from '@/lib/settings/settings';
import { boundShortcuts, SHORTCUTS, type Shortcut, type ShortcutId } from './shortcuts';

const strings = defineStrings<Record<ShortcutId | 'notBound', string>>({
  en: {
    'toggle-site': 'Turn the current site off, and back to its previous mode',
    'look-up-selection': 'Look up the selected text, on any page',
    'next-term': 'Step to the next highlighted term',
    'previous-term': 'Step to the previous highlighted term',
    'open-card': 'Open the card of the term stepped to, or of the selected text',
    'close-card': 'Close the card; focus returns to where it was',
    hold: 'Hold while pointing at any word to look it up (the options choose the key; in the hold-a-key mode every card waits for it)',
    notBound: 'not set',
  },
  zh: {
    'toggle-site': '关闭当前网站，再按一次恢复原来的模式',
    'look-up-selection': '查询所选文字，任何页面均可',
    'next-term': '跳到下一个标注的术语',
    'previous-term': '跳到上一个标注的术语',
    'open-card': '打开所跳到术语或所选文字的卡片',
    'close-card': '关闭卡片，焦点回到原处',
    hold: '按住此键并指向任意词语即可查词（按键在设置中选择；设置为按键显示卡片时，所有卡片都等此键）',
    notBound: '未设置',
  },
  ru: {
    'toggle-site': 'Выключить текущий сайт и вернуть его прежний режим',
    'look-up-selection': 'Найти выделенный текст в словаре, на любой странице',
    'next-term': 'Перейти к следующему выделенному термину',
    'previous-term': 'Перейти к предыдущему выделенному термину',
    'open-card': 'Открыть карточку термина, к которому выполнен переход, или выделенного текста',
    'close-card': 'Закрыть карточку; фокус возвращается туда, где был',
    hold: 'Удерживайте, наводя указатель на любое слово, чтобы найти его в словаре (клавиша выбирается в настройках; в режиме удержания клавиши её ждут все карточки)',
    notBound: 'не задано',
  },
});

function Keys({ keys, notBound }: { keys: string; notBound: string }) {
  if (!keys) return <span className="muted">{notBound}</span>;
  // "Alt+Shift+L" as three keys; a shortcut written without '+' (macOS: ⌥⇧L) stays whole.
  const parts = keys.split('+');
  return (
    <>
      {parts.map((key, i) => (
        <span key={i}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

/** The keys a shortcut is pressed with here: the hold key is the one the options chose. */
function keysOf(s: Shortcut, lookupKey: LookupKey): string {
  if (s.id !== 'hold') return s.keys;
  return lookupKey === 'none' ? '' : lookupKey;
}

export function ShortcutList({ lang, lookupKey }: { lang: Lang; lookupKey: LookupKey }) {
  const t = strings(lang);
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[]>(SHORTCUTS);
  useEffect(() => {
    boundShortcuts().then(setShortcuts, (err: unknown) => console.warn('[Treaty Lens] the shortcuts could not be read', err));
  }, []);
  return (
    <dl className="shortcuts">
      {shortcuts.map((s) => (
        <div key={s.id} data-shortcut={s.id}>
          <dt>
            <Keys keys={keysOf(s, lookupKey)} notBound={t.notBound} />
          </dt>
          <dd>{t[s.id]}</dd>
        </div>
      ))}
    </dl>
  );
}
