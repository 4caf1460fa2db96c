// One polite live region, always in the page, for what changes without moving focus: the place the
// arrow keys reached on the map, a place selected or closed. (Counts have their own regions: the
// places list's summary, the search box's matches.)
import { useEffect, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { placeLayersAsOf } from '../store/timeline';

export function LiveAnnouncer() {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((st, prev) => {
        const name = (id: string) => atlas.placeById.get(id)?.name[lang] ?? id;
        if (st.selectedPlaceId !== prev.selectedPlaceId) {
          setMessage(
            st.selectedPlaceId
              ? fill(m.announce.selected, { name: name(st.selectedPlaceId) })
              : m.announce.closed,
          );
        } else if (st.keyboardPlaceId && st.keyboardPlaceId !== prev.keyboardPlaceId) {
          const place = atlas.placeById.get(st.keyboardPlaceId);
          if (!place) return;
          const layers = placeLayersAsOf(place, st.year).map((l) => m.layers.short[l.layer]);
          setMessage(fill(m.map.keyboardPlace, { name: place.name[lang], layers: formatList(layers, lang) }));
        }
      }),
    [atlas, m, lang],
  );
  return (
    <p className="sr-only" role="status" data-testid="live-announcer">
      {message}
    </p>
  );
}
