// The fixtures' pages, written for these tests (not taken from any published text).
const FONT = `'WenQuanYi Zen Hei', sans-serif`;

/** A page to print; its title becomes the PDF's Title. */
export const page = (title: string, css: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>
  @page { margin: 18mm; } body { font-family: ${FONT}; font-size: 12pt; line-height: 1.6; margin: 0; } ${css}
  </style></head><body>${body}</body></html>`;

/** 外交部 → 外 交 部: how e-paper text comes out of a PDF. */
const spaced = (text: string) => [...text].join(' ');

export const SINGLE_TITLE = '中华人民共和国和哈萨克斯坦共和国联合声明（测试文本）';

export const SINGLE_PARAGRAPHS = [
  '双方高度评价两国全面战略伙伴关系的发展水平，愿意继续深化各领域务实合作。',
  '双方愿共同推进丝绸之路经济带建设，加强交通、能源和农业合作。',
  '双方将在上海合作组织和亚信框架内密切协作，共同打击三股势力。',
];

export const SINGLE_HTML = page(
  SINGLE_TITLE,
  'h1 { font-size: 16pt; text-align: center; } p { text-indent: 2em; margin: 0 0 0.6em; }',
  `<h1>${SINGLE_TITLE}</h1>${SINGLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`,
);

export const EPAPER_LEFT = '外交部发言人表示，中方愿同中亚国家一道，高质量共建一带一路，推动上海合作组织各领域合作不断取得新成果，为地区和平与发展作出贡献，各方对此高度评价。';
export const EPAPER_RIGHT = '中哈双方同意进一步发挥中国—中亚机制的作用，加强在亚信等多边框架内的协调配合，携手应对地区安全挑战，维护共同利益和发展环境。';

export const EPAPER_TITLE = '中亚合作新篇章（测试版面）';

export const EPAPER_HTML = page(
  EPAPER_TITLE,
  `h1 { font-size: 20pt; text-align: center; margin: 0 0 8mm; }
   .columns { display: grid; grid-template-columns: 1fr 1fr; column-gap: 14mm; }
   p { margin: 0; text-align: justify; }`,
  `<h1>${spaced('中亚合作新篇章')}</h1><div class="columns"><p>${spaced(EPAPER_LEFT)}</p><p>${spaced(EPAPER_RIGHT)}</p></div>`,
);

export const LANDSCAPE_TEXT = '本次会议在阿斯塔纳举行，与会各方就上海合作组织的发展交换了意见。';

export const LANDSCAPE_HTML = page('会议纪要（测试）', 'p { font-size: 18pt; }', `<p>${LANDSCAPE_TEXT}</p>`);

/** Text drawn onto a canvas and shown as an image: a scan has pixels, not text. */
export const SCANNED_HTML = page(
  '扫描件（测试）',
  '',
  `<img id="scan" alt=""><script>
    const c = document.createElement('canvas'); c.width = 900; c.height = 200;
    const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 900, 200);
    g.fillStyle = '#000'; g.font = "40px ${FONT}"; g.fillText('上海合作组织成员国元首理事会', 20, 110);
    document.getElementById('scan').src = c.toDataURL();
  </script>`,
);
