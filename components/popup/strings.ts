// The popup's strings in English and Chinese (see lib/i18n for how tables are checked).
import { defineStrings } from '@/lib/i18n/i18n';

export const popupStrings = defineStrings({
  en: {
    onEverywhere: 'On everywhere',
    pending: 'Reading the page…',
    off: 'Off on this page',
    related: 'Related diplomatic text',
    unrelated: 'Not a related text',
    terms: (n: number) => ` · ${n} terms`,
    onHost: (host: string) => `On ${host}`,
    auto: 'Automatic',
    always: 'Always',
    never: 'Never',
    autoHelp: 'Automatic: only pages about China–Central Asia relations.',
    notHere: 'Treaty Lens does not run on this page.',
    openPanel: 'Open the side panel',
    openOptions: 'Options',
    shortcut: (keys: string) => `${keys} turns this site off and back on.`,
  },
  zh: {
    onEverywhere: '全局开启',
    pending: '正在读取页面…',
    off: '本页已关闭',
    related: '相关外交文本',
    unrelated: '非相关文本',
    terms: (n: number) => ` · ${n} 个术语`,
    onHost: (host: string) => `在 ${host} 上`,
    auto: '自动',
    always: '始终',
    never: '从不',
    autoHelp: '自动：仅在有关中国—中亚关系的页面上启用。',
    notHere: 'Treaty Lens 无法在此页面运行。',
    openPanel: '打开侧边栏',
    openOptions: '设置',
    shortcut: (keys: string) => `按 ${keys} 可关闭或重新开启本站。`,
  },
});
