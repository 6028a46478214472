// Choosing the documents to compare: one field per document, the corpus by date and the
// saved pages; two fields at least, more on request.
import { useState } from 'react';
import type { UserRecord } from '@/lib/user-corpus/record';
import { useText } from './lang';
import { corpus } from './panel-data';
import { compareStrings } from './strings/compare';

const MIN_FIELDS = 2;

export function DocumentPicker({
  docIds,
  records,
  thisPage,
  onChange,
}: {
  docIds: readonly string[];
  records: readonly UserRecord[] | undefined;
  /** The value of "the page being read", where there is one. */
  thisPage: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const t = useText(compareStrings);
  const [extra, setExtra] = useState(0);
  const fields = [...docIds, ...Array<string>(Math.max(MIN_FIELDS - docIds.length, 0) + extra).fill('')];
  const bundled = [...corpus.documents].sort((a, b) => a.date.localeCompare(b.date));

  const set = (i: number, id: string) => {
    const next = fields.map((f, j) => (j === i ? id : f));
    setExtra(Math.max(next.length - Math.max(next.filter(Boolean).length, MIN_FIELDS), 0));
    onChange(next.filter(Boolean));
  };
  const remove = (i: number) => {
    if (fields[i]) onChange(fields.filter((f, j) => j !== i && f !== ''));
    else setExtra((n) => Math.max(n - 1, 0));
  };

  return (
    <fieldset className="doc-picker">
      <legend>{t.pick}</legend>
      {fields.map((id, i) => (
        <div key={i} className="doc-pick">
          <label htmlFor={`compare-doc-${i}`}>{t.document(i + 1)}</label>
          <select id={`compare-doc-${i}`} value={id} onChange={(e) => set(i, e.target.value)}>
            <option value="">{t.choose}</option>
            {thisPage && <option value={thisPage}>{t.thisPage}</option>}
            <optgroup label={t.corpus}>
              {bundled.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.date} {d.title}
                </option>
              ))}
            </optgroup>
            {records && records.length > 0 && (
              <optgroup label={t.saved}>
                {records.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.doc.date ?? t.undated} {r.doc.title}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          {fields.length > MIN_FIELDS && (
            <button type="button" className="link" onClick={() => remove(i)}>
              {t.remove(i + 1)}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="link" onClick={() => setExtra((n) => n + 1)}>
        {t.add}
      </button>
    </fieldset>
  );
}
