// Elements whose boundaries end a run of reading text: paragraphs stay apart, and no term
// may match across them. Lower-case local names, shared by the page walker, the mutation
// handling and main-text extraction.
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'iframe', 'label',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** The same elements as a CSS selector, for closest() and matches(). */
export const BLOCK_SELECTOR = [...BLOCK_ELEMENTS].join(', ');
