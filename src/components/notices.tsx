// A small, dismissible notice for URL values the atlas could not use.
import { fill } from '../i18n';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { useShallow } from 'zustand/react/shallow';

export function Notices() {
  const m = useMessages();
  const notices = useAppStore(useShallow((s) => s.notices));
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <span>{fill(m.notices.urlDropped, { items: notices.join(', ') })}</span>
      <button type="button" className="link-button" onClick={dismiss}>
        {m.notices.dismiss}
      </button>
    </div>
  );
}
