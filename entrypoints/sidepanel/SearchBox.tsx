// The search field: results follow as the reader types; Escape clears it.
import { useText } from './lang';
import { searchStrings } from './strings/reader';

export function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  const t = useText(searchStrings);
  return (
    <form role="search" aria-label={t.searchRegion} className="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search-input">{t.label}</label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={t.placeholder}
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onQuery('');
        }}
      />
    </form>
  );
}
