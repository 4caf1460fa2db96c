// Search box (ARIA combobox): English, Chinese, toneless pinyin. Arrow keys move through matches,
// Enter selects the highlighted (or first) match and flies there, Escape clears.
import { useId, useMemo, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { useLang, useMessages } from '../i18n/use-messages';
import { buildSearchIndex, searchIndex, type SearchHit } from '../search/search';
import { useAppStore } from '../store';

export function SearchBox() {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const goToPlace = useAppStore((s) => s.goToPlace);
  const index = useMemo(() => buildSearchIndex(atlas), [atlas]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => searchIndex(index, query), [index, query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    goToPlace(hit.placeId);
    setOpen(false);
    setQuery(hit.label[lang]);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
    }
  };
  const expanded = open && query.trim().length > 0;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={m.search.label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={m.search.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      {/* The number of matches, read out as the query changes (the list itself is not announced). */}
      <span className="sr-only" role="status" data-testid="search-count">
        {expanded ? (hits.length ? fill(m.search.count, { count: hits.length }) : m.search.noMatch) : ''}
      </span>
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={m.search.label}>
          {hits.length === 0 && <li className="muted search-empty">{m.search.noMatch}</li>}
          {hits.map((h, i) => {
            const place = atlas.placeById.get(h.placeId);
            return (
              <li
                key={`${h.kind}-${h.id}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(h)}
                data-place-id={h.placeId}
              >
                <span>{h.label[lang]}</span>{' '}
                <span className="alt-name">{h.label[lang === 'en' ? 'zh' : 'en']}</span>
                {h.kind === 'zone' && h.layer && place && (
                  <span className="muted small">
                    {' '}
                    {m.layers.short[h.layer]} · {fill(m.search.zoneIn, { place: place.name[lang] })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
