// The side panel: the corpus reader at a paragraph, or the list of documents.
import { corpus } from '@/lib/corpus/data';
import { DocumentList } from './DocumentList';
import { DocumentReader } from './DocumentReader';
import { usePanelTarget } from './use-panel-target';
import './panel.css';


export function Panel() {
  const [target, go] = usePanelTarget();
  const doc = target && corpus.documents.find((d) => d.id === target.docId);
  return (
    <div className="panel">
      <header className="panel-head">
        <h1>Treaty Lens</h1>
        {doc && (
          <button type="button" className="link" onClick={() => go(undefined)}>
            All documents
          </button>
        )}
      </header>
      {target && !doc && <p role="alert">This document is not in the corpus: {target.docId}</p>}
      {doc ? <DocumentReader doc={doc} paraId={target?.paraId} /> : <DocumentList documents={corpus.documents} onOpen={(id) => go({ docId: id })} />}
    </div>
  );
}
