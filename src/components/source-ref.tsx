// A source marker beside a figure: short citation that expands to the full one on demand.
import { useId, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import type { Source } from '../data/schema';
import type { Messages } from '../i18n/en';

export function shortCitation(s: Source): string {
  if (s.short) return s.short;
  const head = s.title.split(':')[0]!.trim();
  return head.length > 42 ? `${head.slice(0, 40)}…` : head;
}

export function Citation({ source, m }: { source: Source; m: Messages }) {
  const atlas = useAtlas();
  const citedIn = source.citedIn ? atlas.sources.get(source.citedIn) : undefined;
  return (
    <span className="citation">
      {source.kind === 'official-document' && <span className="cite-kind">{m.place.officialDocument}: </span>}
      {source.author && <>{source.author}. </>}
      <cite>{source.title}</cite>
      {source.titleZh && (
        <>
          {' '}
          <span lang="zh-Hans">{source.titleZh}</span>
        </>
      )}
      {source.number && <> {source.number}</>}
      {source.publisher && <>. {source.publisher}</>}. {source.date}.
      {source.url && (
        <>
          {' '}
          {source.kind === 'web-copy' && <span className="cite-kind">{m.place.retrievedCopy}: </span>}
          <a href={source.url} target="_blank" rel="noreferrer noopener" className="cite-url">
            {source.url}
          </a>
        </>
      )}
      {citedIn && (
        <>
          {' '}
          ({m.place.citedIn} {shortCitation(citedIn)})
        </>
      )}
      {source.note && <span className="cite-note"> {source.note}</span>}
    </span>
  );
}

export function SourceRef({ id, m }: { id: string; m: Messages }) {
  const atlas = useAtlas();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const source = atlas.sources.get(id);
  if (!source) return null;
  return (
    <span className="source-ref">
      <button
        type="button"
        className="source-marker"
        aria-expanded={open}
        aria-controls={panelId}
        title={m.place.showCitation}
        onClick={() => setOpen((o) => !o)}
      >
        {shortCitation(source)}
      </button>
      {open && (
        <span id={panelId} className="source-popover" role="note">
          <Citation source={source} m={m} />
        </span>
      )}
    </span>
  );
}
