// Where a paragraph link goes: the panel's own hash in the side panel, the panel page from
// the full-tab Compare page (which has no reader of its own).
import { createContext, useContext } from 'react';
import { docHref } from './links';

export const DocLinkContext = createContext<(docId: string, paraId?: string) => string>(docHref);

export const useDocLink = () => useContext(DocLinkContext);
