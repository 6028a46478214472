// The document's outline (bookmarks), when it has one: a nested list of buttons that scroll
// to their page. Destinations are resolved by pdf.js; one that does not resolve is left out.
import type { PDFDocumentProxy } from 'pdfjs-dist';

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

async function pageIndexOf(doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | undefined> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (typeof target === 'number') return target;
    if (target && typeof target === 'object') return await doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
  } catch {
    // A destination that points nowhere.
  }
  return undefined;
}

async function listOf(doc: PDFDocumentProxy, nodes: OutlineNode[], go: (pageIndex: number) => void): Promise<HTMLUListElement> {
  const list = document.createElement('ul');
  for (const node of nodes) {
    const li = document.createElement('li');
    const index = await pageIndexOf(doc, node.dest);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = node.title;
    button.disabled = index === undefined;
    button.addEventListener('click', (e) => {
      if (e.isTrusted && index !== undefined) go(index);
    });
    li.append(button);
    if (node.items.length > 0) li.append(await listOf(doc, node.items as OutlineNode[], go));
    list.append(li);
  }
  return list;
}

/** The outline as a list, or undefined if the document has none. */
export async function outlineOf(doc: PDFDocumentProxy, go: (pageIndex: number) => void): Promise<HTMLUListElement | undefined> {
  const outline = await doc.getOutline();
  return outline && outline.length > 0 ? listOf(doc, outline, go) : undefined;
}
