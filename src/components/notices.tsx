// A small, dismissible notice for URL values the atlas could not use.
import { fill } from '../i18n';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { REPEATED } from '../url/url-state';
import { useShallow } from 'zustand/react/shallow';

/** A link can hold hundreds of bad values: the notice names the first few and counts the rest. */
export const NOTICE_ITEMS = 5;

export function Notices() {
  const m = useMessages();
  const notices = useAppStore(useShallow((s) => s.notices));
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  const shown = notices.slice(0, NOTICE_ITEMS);
  const rest = notices.length - shown.length;
  const items =
    shown
      .map((d) => (d.endsWith(REPEATED) ? `${d.slice(0, -REPEATED.length)} ${m.notices.repeated}` : d))
      .join(', ') + (rest > 0 ? ` ${fill(m.notices.more, { n: rest })}` : '');
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <span>{fill(m.notices.urlDropped, { items })}</span>
      <button type="button" className="link-button" onClick={dismiss}>
        {m.notices.dismiss}
      </button>
    </div>
  );
}
