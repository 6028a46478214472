// Small test pages, written for these tests: each exercises one way real pages present
// their text. The Chinese is ordinary diplomatic-news prose in the corpus's vocabulary.

import { ARTICLE, page } from '../../scripts/harness/spa-page';

export { ARTICLE, page, SPA, SPA_SCRIPT } from '../../scripts/harness/spa-page';

/** A related article with the pieces each test looks for. */
export const SPLIT_AND_HIDDEN = page(
  '中哈元首会谈 - 测试新闻网',
  `<main><h1>习近平同托卡耶夫会谈</h1><p>${ARTICLE}</p>
   <p id="split">会议期间，双方回顾了<b>亚</b>信成立以来的合作，并就丝绸之<br>路经济带与“光明之路”新经济政策对接交换意见。</p>
   <p id="hidden" style="display:none">隐藏段落：上合组织秘书处。</p>
   <div id="editor" contenteditable="true">编辑框：上海合作组织</div>
   <textarea id="notes">备注：亚信</textarea></main>`,
);

export const WITH_IFRAME = page(
  '中哈合作专题',
  `<main><h1>中哈合作专题</h1><p>${ARTICLE}</p><iframe id="frame" src="/inner.html" width="600" height="200"></iframe></main>`,
);

export const INNER = page('内嵌', '<p id="inner">内嵌页面：中国—中亚峰会通过了西安宣言。</p>');

export const UNRELATED = page(
  '周末菜谱',
  '<main><h1>周末菜谱：番茄炒蛋</h1><p>番茄洗净切块，鸡蛋打散加少许盐。热锅凉油，先炒鸡蛋再下番茄，出锅前撒葱花。</p></main>',
);

/** A related article that can go fullscreen (a reader's "focus mode"). */
export const FULLSCREEN = page(
  '专题阅读',
  `<main><article id="reader"><h1>中哈元首会谈</h1><p>${ARTICLE}</p></article>
   <button id="focus" type="button">全屏阅读</button></main>
   <script src="/fullscreen.js"></script>`,
);

export const FULLSCREEN_SCRIPT = `document.getElementById('focus').addEventListener('click', () => document.getElementById('reader').requestFullscreen());`;

/**
 * A related article for the card: a link before any term (for the keyboard), 上海合作组织
 * wrapping over two lines in a column ten characters wide, and room to scroll.
 */
export const CARD_PAGE = page(
  '中哈元首会谈纪要',
  `<main><h1>会谈纪要</h1><p><a id="link" href="#followed">阅读全文</a></p>
   <div style="height: 300px"></div>
   <p id="wrap" style="width: 10em; font: 20px/36px 'WenQuanYi Zen Hei', sans-serif; margin: 0">今年双方一致同意上海合作组织继续发挥作用</p>
   <p>${ARTICLE}</p>
   <div style="height: 3000px"></div></main>`,
);

/** The same kind of report in traditional characters, as Hong Kong and Taiwan sites write it. */
export const TRADITIONAL_PAGE = page(
  '中哈元首會談',
  `<main><h1>會談紀要</h1><p id="trad">國家主席習近平在西安同哈薩克斯坦總統托卡耶夫舉行會談。兩國元首一致同意深化中哈永久全面戰略夥伴關係，在上海合作組織框架內加強協作，共同打擊三股勢力。</p></main>`,
);

/** A related article with words the glossary does not have (恪守, 斡旋), for the dictionary lookup. */
export const LOOKUP_PAGE = page(
  '中哈元首会谈 - 词典测试',
  `<main><h1>中哈元首会谈</h1><p>${ARTICLE}</p>
   <p id="words" style="font-size: 24px">双方恪守睦邻友好原则，中方愿为地区冲突斡旋。</p></main>`,
);

/** An unrelated page (a recipe) with a word worth looking up. */
export const UNRELATED_LOOKUP_PAGE = page(
  '周末菜谱',
  '<main><h1>周末菜谱</h1><p id="recipe" style="font-size: 24px">厨师在锅碗之间斡旋，番茄洗净切块，鸡蛋打散加少许盐。</p></main>',
);
