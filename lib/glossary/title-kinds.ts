// The kinds of document a title in 《…》 can name, apart from the title matcher so that the
// messages' schemas and the card can list them without carrying it.
/** Endings, longest first so that 联合声明 wins over 声明 and 谅解备忘录 over 备忘录. */
export const ENDINGS = [
  ['谅解备忘录', 'memorandum-of-understanding'],
  ['联合声明', 'joint-statement'],
  ['联合宣言', 'joint-declaration'],
  ['联合公报', 'joint-communique'],
  ['路线图', 'roadmap'],
  ['备忘录', 'memorandum'],
  ['议定书', 'protocol'],
  ['条约', 'treaty'],
  ['协定', 'agreement'],
  ['协议', 'agreement'],
  ['公约', 'convention'],
  ['宪章', 'charter'],
  ['宣言', 'declaration'],
  ['公报', 'communique'],
  ['纲要', 'outline'],
  ['规划', 'plan'],
  ['计划', 'plan'],
  ['声明', 'statement'],
  ['决议', 'resolution'],
] as const;

export type TitleKind = (typeof ENDINGS)[number][1];
export const TITLE_KINDS = [...new Set(ENDINGS.map(([, kind]) => kind))] as [TitleKind, ...TitleKind[]];

/** The highlight category of a title match; hidden with the glossary's agreements. */
export const TITLE_CATEGORY = 'agreement-title';
