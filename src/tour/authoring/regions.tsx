// The authoring parts the first map needs only as a button: the top bar's Tours button (the dialog
// loads on first use) and the region that opens a tour link (loaded only when a link carries one).
import { Suspense, useState } from 'react';
import { lazyWithRetry } from '../../components/lazy-with-retry';
import { RegionBoundary } from '../../components/region-boundary';
import { fill } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { useUserTours } from './user-tours';

const TourDialog = lazyWithRetry(() => import('./tour-dialog').then((m) => m.TourDialog));
const TourLinkLoader = lazyWithRetry(() => import('./tour-link').then((m) => m.TourLinkLoader));

export function ToursButton() {
  const m = useMessages();
  const [open, setOpen] = useState(false);
  // The tour being edited survives closing the dialog: set up the next view, reopen, add it.
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="button tours-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={m.authoring.openLabel}
        title={m.authoring.openLabel}
        onClick={() => setOpen(true)}
        onMouseEnter={() => void TourDialog.preload()}
        data-testid="tours-open"
      >
        {/* A list of slides: the tours. */}
        <svg className="tours-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M2 3h12M2 8h12M2 13h7" stroke="currentColor" strokeWidth="1.8" fill="none" />
        </svg>
        <span className="tours-text">{m.authoring.open}</span>
      </button>
      {open && (
        <RegionBoundary region="dialog" onClose={close}>
          <Suspense fallback={null}>
            <TourDialog onClose={close} editing={editing} setEditing={setEditing} />
          </Suspense>
        </RegionBoundary>
      )}
    </>
  );
}

export function TourLinkRegion() {
  const m = useMessages();
  const data = useAppStore((s) => s.tourData);
  const notice = useUserTours((s) => s.linkNotice);
  const dismiss = () => useUserTours.setState({ linkNotice: null });
  return (
    <>
      {data && (
        <RegionBoundary region="tour">
          <Suspense fallback={null}>
            <TourLinkLoader />
          </Suspense>
        </RegionBoundary>
      )}
      {notice && (
        <div
          className="notice tour-link-notice"
          role={notice.ok ? 'status' : 'alert'}
          data-testid="tour-link-notice"
        >
          <span>
            {notice.ok
              ? fill(m.authoring.linkOpened, { title: notice.title })
              : fill(m.authoring.linkRefused, { problems: notice.problems.join('; ') })}
          </span>
          <button type="button" className="link-button" onClick={dismiss}>
            {m.notices.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
