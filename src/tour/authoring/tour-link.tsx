// Opens a tour shared as a link (?tourdata=): decodes it, checks it like an imported file, saves it
// in the user's tours (so a reload or ?tour=user-… finds it again) and plays it. A bad link changes
// nothing and says why. Loaded only when a link carries a tour (regions.tsx).
import { useEffect } from 'react';
import { useAtlas } from '../../data/atlas-context';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { decodeTourData } from './share-link';
import { parseTourFile } from './tour-file';
import { useUserTours } from './user-tours';

export function TourLinkLoader() {
  const m = useMessages();
  const atlas = useAtlas();
  const data = useAppStore((s) => s.tourData);
  const unreadable = m.authoring.linkUnreadable;
  useEffect(() => {
    if (!data) return;
    let live = true;
    void decodeTourData(data).then((text) => {
      if (!live) return;
      const r = text === null ? { ok: false as const, problems: [unreadable] } : parseTourFile(text, atlas);
      // The link has been read: the address bar keeps the tour's id and slide instead.
      useAppStore.setState({ tourData: null });
      if (!r.ok) {
        useUserTours.setState({ linkNotice: { ok: false, problems: r.problems } });
        return;
      }
      const id = useUserTours.getState().addTour(r.tour);
      useUserTours.setState({ linkNotice: { ok: true, title: r.tour.title.en } });
      useAppStore.getState().startTour(id);
    });
    return () => {
      live = false;
    };
  }, [data, atlas, unreadable]);
  return null;
}
