// "Compare with its predecessor": the latest earlier document of the same standing. Joint
// statements and declarations of the heads of state follow one another; a communiqué of the
// prime ministers follows the last communiqué, or failing one, the last statement. A saved
// page is compared with the last statement or declaration before its date.
import type { DocumentKind } from '../corpus/schema';

interface Dated {
  id: string;
  kind: DocumentKind | 'saved-page';
  date: string | null;
}

const FAMILIES: readonly (readonly string[])[] = [['joint-statement', 'joint-declaration'], ['joint-communique']];
const HEADS_OF_STATE = FAMILIES[0]!;

export function predecessorOf(doc: Dated, candidates: readonly Dated[]): string | undefined {
  const earlier = candidates
    .filter((c) => c.id !== doc.id && c.date !== null && (doc.date === null || c.date < doc.date))
    .sort((x, y) => y.date!.localeCompare(x.date!));
  const family = FAMILIES.find((f) => f.includes(doc.kind)) ?? HEADS_OF_STATE;
  return (earlier.find((c) => family.includes(c.kind)) ?? earlier.find((c) => HEADS_OF_STATE.includes(c.kind)))?.id;
}
