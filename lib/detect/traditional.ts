// Simplified -> traditional for exactly the characters used in signals.ts, so that one keyword
// list serves both scripts without a conversion table (or a per-page conversion pass).
const TO_TRADITIONAL: Readonly<Record<string, string>> = {
  萨: '薩', 亚: '亞', 尔: '爾', 乌: '烏', 兹: '茲', 别: '別', 库: '庫', 纳: '納', 图: '圖',
  凯: '凱', 马: '馬', 苏: '蘇', 组: '組', 织: '織', 协: '協', 与: '與', 会: '會', 议: '議',
  济: '濟', 约: '約', 罗: '羅', 联: '聯', 声: '聲', 报: '報', 闻: '聞', 条: '條', 国: '國',
  访: '訪', 问: '問', 发: '發', 记: '記', 谈: '談', 见: '見', 长: '長', 总: '總', 统: '統',
  战: '戰', 伙: '夥', 关: '關', 系: '係', 运: '運', 体: '體', 邻: '鄰', 两: '兩', 双: '雙',
  边: '邊', 领: '領', 内: '內', 处: '處', 项: '項', 则: '則', 义: '義', 带: '帶', 热: '熱',
  滨: '濱', 馆: '館', 贷: '貸', 号: '號', 团: '團', 数: '數', 据: '據', 个: '個',
};

export function toTraditional(term: string): string {
  let out = '';
  for (const ch of term) out += TO_TRADITIONAL[ch] ?? ch;
  return out;
}
