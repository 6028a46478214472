// My terms: the reader's own terms — add, edit, delete, export and import. Each change
// writes the whole list to storage.local; the background rebuilds its matcher from it.
import { useState, type FormEvent } from 'react';
import { CATEGORIES, type Category } from '@/lib/glossary/categories';
import type { JsonFileProblem } from '@/lib/json-file/read-json-file';
import { UserTermInputSchema, type UserTerm } from '@/lib/user-terms/schema';
import { mergeTerms, readTermsFile, termsToCsv, termsToJson, type TermImportProblem } from '@/lib/user-terms/transfer';
import { downloadText } from '../../components/download';
import { FileTransfer, megabytes, type TransferStatus } from '../../components/FileTransfer';
import { useText } from './lang';
import { categoryStrings } from './strings/categories';
import { myTermsStrings, type MyTermsStrings } from './strings/my-terms';
import type { UserTerms } from './use-user-terms';

/** Not translated: file names stay one form whatever the UI language. */
const fileName = (ext: string) => `treaty-lens-my-terms-${new Date().toISOString().slice(0, 10)}.${ext}`;

interface Draft {
  term: string;
  variants: string;
  english: string;
  note: string;
  category: Category;
}
const EMPTY: Draft = { term: '', variants: '', english: '', note: '', category: 'organization' };
const toDraft = (t: UserTerm): Draft => ({ term: t.term, variants: t.variants.join('，'), english: t.english, note: t.note, category: t.category });

function problemText(t: MyTermsStrings, p: TermImportProblem | JsonFileProblem): string {
  switch (p.code) {
    case 'too-big':
      return t.tooBig(megabytes(p.bytes), megabytes(p.max));
    case 'unreadable':
      return t.unreadable(p.message);
    case 'not-json':
      return t.notJson;
    case 'not-my-terms':
      return t.notMyTerms;
    case 'unsupported-version':
      return t.unsupportedVersion(JSON.stringify(p.version) ?? String(p.version));
    case 'not-csv':
      return t.notCsv;
    case 'bad-header':
      return t.badHeader(p.expected);
    case 'too-many':
      return t.tooMany(p.count, p.max);
    case 'invalid-term':
      return t.invalidTerm(p.row, p.path, p.message);
    case 'duplicate-term':
      return t.duplicateTerm(p.row, p.term);
  }
}

export function MyTerms({ user }: { user: UserTerms }) {
  const t = useText(myTermsStrings);
  const categories: Record<string, string> = useText(categoryStrings);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string>();
  const [formError, setFormError] = useState('');
  const [status, setStatus] = useState<TransferStatus>({ phase: 'idle' });
  const terms = user.terms ?? [];
  const set = (field: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = UserTermInputSchema.safeParse({ ...draft, variants: draft.variants.split(/[,，、]/).map((v) => v.trim()).filter(Boolean) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setFormError(t.invalid(String(issue?.path[0] ?? ''), issue?.message ?? ''));
    }
    if (terms.some((x) => x.term === parsed.data.term && x.id !== editing)) return setFormError(t.duplicate(parsed.data.term));
    const next = editing ? terms.map((x) => (x.id === editing ? { ...parsed.data, id: editing } : x)) : [...terms, { ...parsed.data, id: crypto.randomUUID() }];
    try {
      await user.save(next);
      setDraft(EMPTY);
      setEditing(undefined);
      setFormError('');
    } catch (err) {
      setFormError(t.storeFailed(err instanceof Error ? err.message : String(err)));
    }
  };

  const importFile = async (file: File) => {
    const read = await readTermsFile(file);
    if (!read.ok) return setStatus({ phase: 'error', message: problemText(t, read.problem) });
    const have = new Set(terms.map((x) => x.term));
    const replaced = read.value.filter((x) => have.has(x.term)).length;
    try {
      await user.save(mergeTerms(terms, read.value, () => crypto.randomUUID()));
      setStatus({ phase: 'done', message: t.imported(read.value.length - replaced, replaced) });
    } catch (err) {
      setStatus({ phase: 'error', message: t.storeFailed(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <section className="my-terms" aria-busy={user.terms === undefined}>
      <p className="muted">{t.intro}</p>
      <form onSubmit={(e) => void submit(e)} className="my-terms-form">
        <label>
          {t.term}
          <input name="term" lang="zh-CN" required value={draft.term} onChange={set('term')} />
        </label>
        <label>
          {t.variants}
          <input name="variants" lang="zh-CN" value={draft.variants} onChange={set('variants')} />
        </label>
        <label>
          {t.english}
          <input name="english" lang="en" value={draft.english} onChange={set('english')} />
        </label>
        <label>
          {t.note}
          <textarea name="note" value={draft.note} onChange={set('note')} />
        </label>
        <label>
          {t.category}
          <select name="category" value={draft.category} onChange={set('category')}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categories[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{editing ? t.save : t.add}</button>
        {editing && (
          <button
            type="button"
            onClick={() => {
              setEditing(undefined);
              setDraft(EMPTY);
              setFormError('');
            }}
          >
            {t.cancel}
          </button>
        )}
        <p role="alert" className="error">
          {formError}
        </p>
      </form>
      {user.terms !== undefined && terms.length === 0 && <p>{t.empty}</p>}
      {terms.length > 0 && (
        <>
          <p className="muted">{t.count(terms.length)}</p>
          <ul className="my-terms-list">
            {terms.map((x) => (
              <li key={x.id} data-term={x.term}>
                <span lang="zh-CN" className="my-term">
                  {x.term}
                </span>
                {x.variants.length > 0 && <span lang="zh-CN"> ({x.variants.join('，')})</span>}
                {x.english && <span lang="en"> — {x.english}</span>} <span className="muted">{categories[x.category]}</span>
                {x.note && <p className="muted">{x.note}</p>}
                <button
                  type="button"
                  onClick={() => {
                    setEditing(x.id);
                    setDraft(toDraft(x));
                    setFormError('');
                  }}
                >
                  {t.edit}
                </button>
                <button type="button" onClick={() => void user.save(terms.filter((y) => y.id !== x.id))}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t.merge}</p>
      <FileTransfer
        exportLabel={t.exportJson}
        onExport={() => downloadText(termsToJson(terms), fileName('json'), 'application/json')}
        moreExports={[{ label: t.exportCsv, onExport: () => downloadText(termsToCsv(terms), fileName('csv'), 'text/csv') }]}
        exportDisabled={terms.length === 0}
        accept="application/json,.json,text/csv,.csv"
        importLabel={t.import}
        onImport={(file) => void importFile(file)}
        importDisabled={user.terms === undefined}
        status={status}
      />
    </section>
  );
}
