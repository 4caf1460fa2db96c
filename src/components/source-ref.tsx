// A source marker beside a figure: short citation that expands to the full one on demand.
import { useEffect, useId, useRef, useState } from 'react';
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
  const rootRef = useRef<HTMLSpanElement>(null);
  const markerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    // Esc closes this citation only: the event is marked as handled, so the place panel's Esc
    // handler and a modal dialog's cancel leave themselves open.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      setOpen(false);
      if (rootRef.current?.contains(document.activeElement)) markerRef.current?.focus();
    };
    // The popover lies over the content below it: a press anywhere else closes it.
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);
  const source = atlas.sources.get(id);
  if (!source) return null;
  return (
    <span className="source-ref" ref={rootRef}>
      <button
        type="button"
        ref={markerRef}
        className="source-marker"
        aria-expanded={open}
        aria-controls={panelId}
        title={m.place.showCitation}
        onClick={() => setOpen((o) => !o)}
      >
        {shortCitation(source)}
      </button>
      {open && (
        <span id={panelId} className="source-popover" role="note" data-testid="source-popover">
          <Citation source={source} m={m} />
        </span>
      )}
    </span>
  );
}
