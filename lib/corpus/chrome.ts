// Site and print furniture that is never part of a document. The parsers drop it; the
// fidelity check scans every document for it, so one list serves both.

export interface ChromePattern {
  name: string;
  pattern: RegExp;
}

export const CHROME_PATTERNS: readonly ChromePattern[] = [
  { name: 'keyword header (关键词)', pattern: /关键词：/ },
  { name: 'speech database name', pattern: /习近平系列重要讲话数据库/ },
  { name: 'publication-time line (发布时间)', pattern: /发布时间：/ },
  { name: 'font-size switch', pattern: /字体：\s*大\s*中\s*小/ },
  { name: 'print link (打印本页)', pattern: /打印本页/ },
  { name: "People's Daily tag", pattern: /〖-?[A-Z]{2}\/[^〗]*〗/ },
  { name: 'newspaper trailer', pattern: /《\s*人民日报\s*》（\s*\d{4}年/ },
  { name: 'page jump (上接/下转N版)', pattern: /（?(上接|下转)\s*[0-9０-９]+\s*版）?/ },
];

/** Names of the chrome patterns found in a text. */
export function findChrome(text: string): string[] {
  return CHROME_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
