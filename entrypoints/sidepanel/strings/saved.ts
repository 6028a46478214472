// The user's own corpus: saving the page, the saved pages, export and import.
import { defineStrings } from '@/lib/i18n/i18n';

const NOTHING_EN = 'Nothing was imported.';
const NOTHING_ZH = '未导入任何内容。';

export const saveStrings = defineStrings({
  en: {
    button: 'Save this page to my corpus',
    reading: 'Reading the page…',
    saving: 'Saving…',
    saved: (title: string, n: number) => `Saved “${title}” (${n} paragraphs).`,
    open: 'Open it',
    noTab: 'There is no page in this window to save.',
    unreachable:
      'Treaty Lens cannot read this tab: it does not run on browser pages or the extension store. If the page was open before Treaty Lens was installed, reload it.',
    badReply: 'The page’s text could not be read. Nothing was saved.',
    tooLarge: (chars: string, max: string) => `This page is too long to save: ${chars} characters of text, and the limit is ${max}. Nothing was saved.`,
    empty: 'This page has no article text to save.',
    noChinese: 'This page has no Chinese text to save; Treaty Lens keeps Chinese documents only.',
    failed: (message: string) => `Saving failed and nothing was stored: ${message}`,
  },
  zh: {
    button: '将本页存入我的语料库',
    reading: '正在读取页面…',
    saving: '正在保存…',
    saved: (title: string, n: number) => `已保存“${title}”（${n} 段）。`,
    open: '打开',
    noTab: '此窗口中没有可保存的页面。',
    unreachable: 'Treaty Lens 无法读取此标签页：它不在浏览器内置页面和扩展商店中运行。如果该页面在安装 Treaty Lens 之前就已打开，请刷新页面。',
    badReply: '无法读取页面文字，未保存任何内容。',
    tooLarge: (chars: string, max: string) => `页面过长，无法保存：正文共 ${chars} 个字符，上限为 ${max}。未保存任何内容。`,
    empty: '此页面没有可保存的正文。',
    noChinese: '此页面没有中文文字可保存；Treaty Lens 只收录中文文献。',
    failed: (message: string) => `保存失败，未存储任何内容：${message}`,
  },
});

export const savedPagesStrings = defineStrings({
  en: {
    heading: 'My saved pages',
    loading: 'Loading your saved pages…',
    none: 'No saved pages yet. Open a Chinese article and choose “Save this page to my corpus”.',
    saved: (date: string) => `saved ${date}`,
    remove: 'Remove',
    removeLabel: (title: string) => `Remove “${title}”`,
    removed: (title: string) => `Removed “${title}”.`,
    undo: 'Undo',
    failed: (message: string) => `That did not work and nothing changed: ${message}`,
    loadError: (message: string) => `Your saved pages could not be loaded: ${message}`,
  },
  zh: {
    heading: '我保存的页面',
    loading: '正在加载已保存的页面…',
    none: '还没有保存的页面。打开一篇中文文章，选择“将本页存入我的语料库”。',
    saved: (date: string) => `保存于 ${date}`,
    remove: '删除',
    removeLabel: (title: string) => `删除“${title}”`,
    removed: (title: string) => `已删除“${title}”。`,
    undo: '撤销',
    failed: (message: string) => `操作未成功，没有任何改动：${message}`,
    loadError: (message: string) => `无法加载已保存的页面：${message}`,
  },
});

export const transferStrings = defineStrings({
  en: {
    export: 'Export my pages (JSON)',
    import: 'Import pages from a file',
    reading: 'Reading the file…',
    progress: (done: number, total: number) => `Preparing ${done} of ${total} documents…`,
    progressLabel: 'Import progress',
    done: (added: number, replaced: number) =>
      added + replaced === 0 ? 'The file holds no documents.' : `Imported ${added} new and replaced ${replaced} saved documents.`,
    tooBig: (mb: string, max: string) => `This file is ${mb} MB and the limit is ${max} MB. ${NOTHING_EN}`,
    unreadable: (why: string) => `The file could not be read (${why}). ${NOTHING_EN}`,
    notJson: `This file is not JSON. ${NOTHING_EN}`,
    notAnExport: `This file is not a Treaty Lens export. ${NOTHING_EN}`,
    unsupportedVersion: (version: number) => `This export is version ${version}; this Treaty Lens reads version 1. ${NOTHING_EN}`,
    tooMany: (count: number, max: number) => `This file holds ${count} documents and the limit is ${max}. ${NOTHING_EN}`,
    invalidDocument: (n: number, path: string, message: string) => `Document ${n} in the file is not valid (${path || 'the document'}: ${message}). ${NOTHING_EN}`,
    duplicateId: (id: string) => `Two documents in the file share the id ${id}. ${NOTHING_EN}`,
    failed: (message: string) => `Import failed and nothing was stored: ${message}`,
  },
  zh: {
    export: '导出我的页面（JSON）',
    import: '从文件导入页面',
    reading: '正在读取文件…',
    progress: (done: number, total: number) => `正在处理第 ${done} 篇，共 ${total} 篇…`,
    progressLabel: '导入进度',
    done: (added: number, replaced: number) => (added + replaced === 0 ? '文件中没有文献。' : `已导入 ${added} 篇新文献，替换 ${replaced} 篇已保存的文献。`),
    tooBig: (mb: string, max: string) => `文件大小为 ${mb} MB，上限为 ${max} MB。${NOTHING_ZH}`,
    unreadable: (why: string) => `无法读取该文件（${why}）。${NOTHING_ZH}`,
    notJson: `这不是 JSON 文件。${NOTHING_ZH}`,
    notAnExport: `这不是 Treaty Lens 导出的文件。${NOTHING_ZH}`,
    unsupportedVersion: (version: number) => `该导出文件为第 ${version} 版，本版 Treaty Lens 只能读取第 1 版。${NOTHING_ZH}`,
    tooMany: (count: number, max: number) => `文件中有 ${count} 篇文献，上限为 ${max} 篇。${NOTHING_ZH}`,
    invalidDocument: (n: number, path: string, message: string) => `文件中的第 ${n} 篇文献无效（${path || '文献'}：${message}）。${NOTHING_ZH}`,
    duplicateId: (id: string) => `文件中有两篇文献使用同一编号 ${id}。${NOTHING_ZH}`,
    failed: (message: string) => `导入失败，未存储任何内容：${message}`,
  },
});
