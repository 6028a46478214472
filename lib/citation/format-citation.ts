// A paragraph's citation as Chinese academic usage writes it:
// 《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第12段
// Paragraph numbers are the reader's (¶12 = p12), so a citation and a deep link agree.

export interface CitationSource {
  title: string;
  /** ISO date, or null when the document gives none. */
  date: string | null;
  paraId: string;
  /** Where a saved page came from. */
  url?: string;
}

export function paragraphNumber(paraId: string): number {
  const m = /^p(\d+)$/.exec(paraId);
  if (!m) throw new Error(`not a paragraph id: ${paraId}`);
  return Number(m[1]);
}

export function formatCitation(source: CitationSource): string {
  // Title marks inside a title become single marks: 《关于〈…〉的声明》.
  const title = source.title.trim().replace(/《/g, '〈').replace(/》/g, '〉');
  const date = source.date ? `（${source.date}）` : '';
  const url = source.url ? `，${source.url}` : '';
  return `《${title}》${date}，第${paragraphNumber(source.paraId)}段${url}`;
}
