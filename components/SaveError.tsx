// Says that the browser refused to store a settings change (see use-editable-settings): the
// popup and the options page show it where the change was made.
import { defineStrings, type Lang } from '@/lib/i18n/i18n';
import type { SaveProblem } from '@/lib/settings/editor';

const strings = defineStrings({
  en: {
    quota: 'Not saved: the settings would outgrow the browser’s synced storage (512 entries, about 500 sites). Remove some sites, then try again. The saved settings are shown.',
    other: (why: string) => `Not saved: the browser refused the change (${why}). The saved settings are shown.`,
  },
  zh: {
    quota: '未保存：设置将超出浏览器同步存储的上限（512 项，约 500 个网站）。请先删除一些网站再试。此处显示的是已保存的设置。',
    other: (why: string) => `未保存：浏览器拒绝了此更改（${why}）。此处显示的是已保存的设置。`,
  },
  ru: {
    quota: 'Не сохранено: настройки превысили бы синхронизируемое хранилище браузера (512 записей, около 500 сайтов). Удалите часть сайтов и повторите. Показаны сохранённые настройки.',
    other: (why: string) => `Не сохранено: браузер отклонил изменение (${why}). Показаны сохранённые настройки.`,
  },
});

export function SaveError({ problem, lang }: { problem: SaveProblem | undefined; lang: Lang }) {
  if (!problem) return null;
  const t = strings(lang);
  return (
    <p className="error" role="alert">
      {problem.quota ? t.quota : t.other(problem.message)}
    </p>
  );
}
