// The search field: results follow as the reader types; Escape clears it.
const TEXT = { label: 'Search the corpus', placeholder: '亚信, 三股势力, 2014 …' };

export function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  return (
    <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search-input">{TEXT.label}</label>
      <input
        id="search-input"
        type="search"
        value={query}
        placeholder={TEXT.placeholder}
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onQuery('');
        }}
      />
    </form>
  );
}
