// The Tours dialog (top bar › Tours): the atlas's tours and the user's, a new tour, and the editor of
// one user tour: "Add this view as a slide", each slide's title and notes, move up / down, delete,
// play, export / import as a JSON file and a share link. Loaded on first use (app.tsx).
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useAtlas } from '../../data/atlas-context';
import { downloadBlob } from '../../export/download';
import { fill } from '../../i18n';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { TOURS } from '../tours';
import type { Tour } from '../types';
import { captureSlide, defaultSlideTitle } from './capture';
import { encodeTourData, shareUrl } from './share-link';
import { MAX_NOTES_CHARS, MAX_TITLE_CHARS, parseTourFile, tourFileName, tourFileText } from './tour-file';
import { newSlideId, useUserTours } from './user-tours';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** A file's text (FileReader: older browsers and jsdom have no Blob.text()). */
const readText = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });

export function TourDialog({
  onClose,
  editing,
  setEditing,
}: {
  onClose: () => void;
  /** The user tour open in the editor (kept by the caller, so reopening the dialog returns to it). */
  editing: string | null;
  setEditing: (id: string | null) => void;
}) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const ref = useRef<HTMLDialogElement>(null);
  const tours = useUserTours((s) => s.tours);
  const saveFailed = useUserTours((s) => s.saveFailed);
  const dropped = useUserTours((s) => s.droppedOnLoad);
  const [message, setMessage] = useState<Message>(null);
  const current = tours.find((t) => t.id === editing) ?? null;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const play = (id: string) => {
    onClose();
    useAppStore.getState().startTour(id);
  };

  const newTour = () => {
    const id = useUserTours.getState().createTour(fill(m.authoring.newTourTitle, { n: tours.length + 1 }));
    setMessage(null);
    setEditing(id);
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch {
      text = '';
    }
    const r = parseTourFile(text, atlas);
    if (!r.ok) {
      setMessage({
        kind: 'error',
        text: fill(m.authoring.importRefused, { problems: r.problems.join('; ') }),
      });
      return;
    }
    const id = useUserTours.getState().addTour(r.tour);
    setMessage({
      kind: 'ok',
      text: fill(m.authoring.imported, { title: r.tour.title[lang], n: r.tour.slides.length }),
    });
    setEditing(id);
  };

  return (
    <dialog
      ref={ref}
      className="about tour-dialog"
      onClose={onClose}
      aria-labelledby="tour-dialog-title"
      data-testid="tour-dialog"
    >
      <header className="panel-header">
        <h2 id="tour-dialog-title">{m.authoring.title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={m.app.close}>
          ×
        </button>
      </header>
      {saveFailed && <p className="caveat">{m.authoring.saveFailed}</p>}
      {dropped > 0 && <p className="caveat">{fill(m.authoring.droppedOnLoad, { n: dropped })}</p>}
      {message && (
        <p
          className={message.kind === 'error' ? 'tour-message error' : 'tour-message'}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="tour-message"
        >
          {message.text}
        </p>
      )}
      {current ? (
        <TourEditor tour={current} onBack={() => setEditing(null)} onPlay={() => play(current.id)} />
      ) : (
        <>
          <h3>{m.authoring.builtIn}</h3>
          <ul className="tour-list">
            {Object.values(TOURS).map((t) => (
              <li key={t.id}>
                <span className="tour-list-title">{t.title[lang]}</span>
                <span className="muted">{fill(m.authoring.slides, { n: t.slides.length })}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => play(t.id)}
                  aria-label={fill(m.authoring.playLabel, { title: t.title[lang] })}
                >
                  {m.authoring.play}
                </button>
              </li>
            ))}
          </ul>
          <h3>{m.authoring.yours}</h3>
          {tours.length === 0 && <p className="muted">{m.authoring.none}</p>}
          <ul className="tour-list" data-testid="user-tours">
            {tours.map((t) => (
              <UserTourRow key={t.id} tour={t} onEdit={() => setEditing(t.id)} onPlay={() => play(t.id)} />
            ))}
          </ul>
          <div className="tour-actions">
            <button type="button" className="button primary" onClick={newTour} data-testid="tour-new">
              {m.authoring.newTour}
            </button>
            <label className="button tour-import-label">
              {m.authoring.import}
              <input
                className="sr-only"
                type="file"
                accept="application/json,.json"
                onChange={(e) => void onImport(e)}
                data-testid="tour-import"
              />
            </label>
          </div>
        </>
      )}
    </dialog>
  );
}

function UserTourRow({ tour, onEdit, onPlay }: { tour: Tour; onEdit: () => void; onPlay: () => void }) {
  const m = useMessages();
  const lang = useLang();
  const [confirm, setConfirm] = useState(false);
  const title = tour.title[lang];
  const remove = () => {
    if (!confirm) return setConfirm(true);
    const st = useAppStore.getState();
    if (st.tour === tour.id) st.exitTour();
    useUserTours.getState().deleteTour(tour.id);
  };
  return (
    <li>
      <span className="tour-list-title">{title}</span>
      <span className="muted">{fill(m.authoring.slides, { n: tour.slides.length })}</span>
      <button
        type="button"
        className="button"
        onClick={onPlay}
        disabled={tour.slides.length === 0}
        aria-label={fill(m.authoring.playLabel, { title })}
      >
        {m.authoring.play}
      </button>
      <button
        type="button"
        className="button"
        onClick={onEdit}
        aria-label={fill(m.authoring.editLabel, { title })}
      >
        {m.authoring.edit}
      </button>
      <button type="button" className="button" onClick={remove} onBlur={() => setConfirm(false)}>
        {confirm ? fill(m.authoring.confirmDelete, { title }) : m.authoring.deleteTour}
      </button>
    </li>
  );
}

function TourEditor({ tour, onBack, onPlay }: { tour: Tour; onBack: () => void; onPlay: () => void }) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const actions = useUserTours.getState();
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null);
  const titleId = useId();

  const addSlide = () => {
    const st = useAppStore.getState();
    const title = defaultSlideTitle(
      st,
      atlas,
      fill(m.authoring.slideFallback, { n: tour.slides.length + 1 }),
    );
    actions.addSlide(tour.id, captureSlide(st, newSlideId(tour.slides), title));
  };

  const exportFile = () =>
    downloadBlob(new Blob([tourFileText(tour)], { type: 'application/json' }), tourFileName(tour));

  const copyShare = async () => {
    const url = shareUrl(window.location.href, await encodeTourData(tour));
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard here (file://, permissions): the link is shown to copy by hand.
    }
    setShare({ url, copied });
  };

  return (
    <section className="tour-editor" data-testid="tour-editor" aria-labelledby={titleId}>
      <button type="button" className="link-button" onClick={onBack}>
        ‹ {m.authoring.back}
      </button>
      <label className="tour-field">
        <span id={titleId}>{m.authoring.tourTitle}</span>
        <TitleInput value={tour.title[lang]} onCommit={(t) => actions.renameTour(tour.id, t)} />
      </label>
      <div className="tour-actions">
        <button type="button" className="button primary" onClick={addSlide} data-testid="tour-add-slide">
          {m.authoring.addSlide}
        </button>
      </div>
      <p className="muted small">{m.authoring.addSlideHint}</p>
      {tour.slides.length === 0 && <p className="muted">{m.authoring.noSlides}</p>}
      <ol className="tour-slides">
        {tour.slides.map((s, i) => {
          const n = i + 1;
          const slideLang = s.lang ?? lang;
          return (
            <li key={s.id} data-testid="tour-slide">
              <label className="tour-field">
                <span>{fill(m.authoring.slideTitle, { n })}</span>
                <TitleInput
                  lang={slideLang === 'zh' ? 'zh-Hans' : 'en'}
                  value={s.title[slideLang]}
                  onCommit={(title) => actions.updateSlide(tour.id, s.id, { title })}
                />
              </label>
              <label className="tour-field">
                <span>{fill(m.authoring.slideNotes, { n })}</span>
                <textarea
                  lang={slideLang === 'zh' ? 'zh-Hans' : 'en'}
                  rows={2}
                  value={s.notes?.[slideLang] ?? ''}
                  maxLength={MAX_NOTES_CHARS}
                  onChange={(e) => actions.updateSlide(tour.id, s.id, { notes: e.currentTarget.value })}
                />
              </label>
              <div className="tour-slide-tools">
                <span className="muted small">
                  {fill(m.authoring.writtenIn, { lang: m.authoring.langName[slideLang] })}
                  {s.place ? ` · ${atlas.placeById.get(s.place)?.name[lang] ?? s.place}` : ''}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => actions.moveSlide(tour.id, s.id, -1)}
                  disabled={i === 0}
                  aria-label={fill(m.authoring.moveUp, { n })}
                  title={fill(m.authoring.moveUp, { n })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => actions.moveSlide(tour.id, s.id, 1)}
                  disabled={n === tour.slides.length}
                  aria-label={fill(m.authoring.moveDown, { n })}
                  title={fill(m.authoring.moveDown, { n })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => {
                    // The last slide of the tour being played: the tour ends.
                    const st = useAppStore.getState();
                    if (st.tour === tour.id && tour.slides.length === 1) st.exitTour();
                    actions.deleteSlide(tour.id, s.id);
                  }}
                  aria-label={fill(m.authoring.deleteSlide, { n })}
                  title={fill(m.authoring.deleteSlide, { n })}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="tour-actions">
        <button
          type="button"
          className="button"
          onClick={onPlay}
          disabled={tour.slides.length === 0}
          aria-label={fill(m.authoring.playLabel, { title: tour.title[lang] })}
        >
          ▶ {m.authoring.play}
        </button>
        <button
          type="button"
          className="button"
          onClick={exportFile}
          disabled={tour.slides.length === 0}
          title={m.authoring.exportLabel}
          data-testid="tour-export"
        >
          {m.authoring.export}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void copyShare()}
          disabled={tour.slides.length === 0}
          title={m.authoring.shareLabel}
          data-testid="tour-share"
        >
          {m.authoring.share}
        </button>
      </div>
      {share && (
        <label className="tour-field">
          <span role="status">
            {share.copied ? fill(m.authoring.shareCopied, { n: share.url.length }) : m.authoring.shareSelect}
          </span>
          <input
            type="text"
            readOnly
            value={share.url}
            aria-label={m.authoring.shareLink}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="tour-share-link"
          />
        </label>
      )}
    </section>
  );
}

/** A title field: the store only ever holds a non-empty title (an empty one would not validate);
 * while the field is empty the draft lives here, and leaving it empty brings the title back. */
function TitleInput({
  value,
  onCommit,
  lang,
}: {
  value: string;
  onCommit: (title: string) => void;
  lang?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      lang={lang}
      value={draft ?? value}
      maxLength={MAX_TITLE_CHARS}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setDraft(text.trim() ? null : text);
        if (text.trim()) onCommit(text);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
