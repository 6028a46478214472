// A saved page's id comes from its address and text, so saving the same page twice keeps
// one copy, and the id is fit for a panel link (#doc=user-…).

/** 53-bit FNV-1a-style hash (two 32-bit lanes), base 36. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 11) * 0x100000000 + (h1 >>> 0)).toString(36);
}

export function userDocumentId(url: string, text: string): string {
  return `user-${hash(`${url}\n${text}`)}`;
}
