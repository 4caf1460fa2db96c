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

/** A full stop after a citation element, unless it already ends with one ("n.d.", "Co."). */
const stop = (text: string) => (/[.?!…。]$/.test(text.trim()) ? '' : '.');
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The parts of a citation, each printed once: an author or publisher that merely repeats the title
 * (or each other), or a document number already in the title, is left out.
 */
function citationParts(s: Source) {
  const author = s.author && !same(s.author, s.title) ? s.author : undefined;
  const inTitle = (t: string) => s.title.includes(t) || (s.titleZh ?? '').includes(t);
  const number = s.number && !inTitle(s.number) ? s.number : undefined;
  const publisher =
    s.publisher && !same(s.publisher, s.title) && !(author && same(s.publisher, author))
      ? s.publisher
      : undefined;
  const titleEnd = number ?? s.titleZh ?? s.title;
  return { author, number, publisher, titleEnd, beforeDate: publisher ?? titleEnd };
}

export function Citation({ source, m }: { source: Source; m: Messages }) {
  const atlas = useAtlas();
  const citedIn = source.citedIn ? atlas.sources.get(source.citedIn) : undefined;
  const { author, number, publisher, titleEnd, beforeDate } = citationParts(source);
  return (
    <span className="citation">
      {source.kind === 'official-document' && <span className="cite-kind">{m.place.officialDocument}: </span>}
      {author && (
        <>
          {author}
          {stop(author)}{' '}
        </>
      )}
      <cite>{source.title}</cite>
      {source.titleZh && (
        <>
          {' '}
          <span lang="zh-Hans">{source.titleZh}</span>
        </>
      )}
      {number && <> {number}</>}
      {publisher && (
        <>
          {stop(titleEnd)} {publisher}
        </>
      )}
      {stop(beforeDate)} {source.date}
      {stop(source.date)}
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
