// A source marker beside a figure: short citation that expands to the full one on demand.
import { useEffect, useId, useRef, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import type { Source } from '../data/schema';
import { dataText, ISO_DATE, shortLabel, sourceTitle, type DataText } from '../data/zh-texts';
import { langOf, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';

/** The source marker's text, in the language of `m` (中文: the Chinese label or title head). */
export function shortCitation(s: Source, m?: Messages): string {
  return shortLabel(s, m ? langOf(m) : 'en');
}

/** A data text in its language, with the translation mark where the Chinese is this project's. */
export function DataTextView({ t, m }: { t: DataText; m: Messages }) {
  return (
    <>
      <span lang={t.lang}>{t.text}</span>
      {t.translated && <span className="translated-mark">{m.place.translatedMark}</span>}
    </>
  );
}

/** A full stop after a citation element, unless it already ends with one ("n.d.", "Co."). */
const stop = (text: string) => (/[.?!…。]$/.test(text.trim()) ? '' : '.');
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The parts of a citation, each printed once: an author or publisher that merely repeats the title
 * (or each other), or a document number already in the title, is left out.
 */
function citationParts(s: Source, lang: Lang) {
  const title = sourceTitle(s, lang);
  const titles = [s.title, title.main.text, title.original ?? ''];
  const author = s.author && !titles.some((t) => same(s.author!, t)) ? dataText(s.author, lang) : undefined;
  const number = s.number && !titles.some((t) => t.includes(s.number!)) ? s.number : undefined;
  const publisher =
    s.publisher && !titles.some((t) => same(s.publisher!, t)) && !(s.author && same(s.publisher, s.author))
      ? dataText(s.publisher, lang)
      : undefined;
  const titleEnd = number ?? title.original ?? title.main.text;
  const date = ISO_DATE.test(s.date)
    ? { text: s.date, translated: false, lang: 'en' as const }
    : dataText(s.date, lang);
  return { title, author, number, publisher, date, titleEnd, beforeDate: publisher?.text ?? titleEnd };
}

export function Citation({ source, m }: { source: Source; m: Messages }) {
  const atlas = useAtlas();
  const lang = langOf(m);
  const citedIn = source.citedIn ? atlas.sources.get(source.citedIn) : undefined;
  const { title, author, number, publisher, date, titleEnd, beforeDate } = citationParts(source, lang);
  const note = source.note ? dataText(source.note, lang) : undefined;
  return (
    <span className="citation">
      {source.kind === 'official-document' && <span className="cite-kind">{m.place.officialDocument}: </span>}
      {author && (
        <>
          <span lang={author.lang}>{author.text}</span>
          {stop(author.text)}{' '}
        </>
      )}
      <cite lang={title.main.lang}>{title.main.text}</cite>
      {title.main.translated && <span className="translated-mark">{m.place.translatedMark}</span>}
      {title.original && (
        <>
          {' '}
          <span lang="zh-Hans">{title.original}</span>
        </>
      )}
      {number && <> {number}</>}
      {publisher && (
        <>
          {stop(titleEnd)} <span lang={publisher.lang}>{publisher.text}</span>
        </>
      )}
      {stop(beforeDate)} {date.text}
      {stop(date.text)}
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
          ({m.place.citedIn} {shortCitation(citedIn, m)})
        </>
      )}
      {title.zhSource === 'stored-copy' && title.copy && (
        <span className="cite-note">
          {' '}
          {m.place.titleFromCopy}
          {title.copy !== source.url && (
            <>
              {' '}
              <a href={title.copy} target="_blank" rel="noreferrer noopener" className="cite-url">
                {title.copy}
              </a>
            </>
          )}
        </span>
      )}
      {note && (
        <span className="cite-note">
          {' '}
          <DataTextView t={note} m={m} />
        </span>
      )}
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
        {shortCitation(source, m)}
      </button>
      {open && (
        <span id={panelId} className="source-popover" role="note" data-testid="source-popover">
          <Citation source={source} m={m} />
        </span>
      )}
    </span>
  );
}
