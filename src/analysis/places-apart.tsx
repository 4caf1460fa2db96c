// The places a view lists apart ("not reported", "no scenario data"): a heading and their names, each
// a button that selects the place like the view's own bars and rows. Never drawn as zero.
import type { AtlasPlace } from '../data/load-data';
import type { Lang } from '../i18n';
import { placeHandlers } from './place-actions';

export function PlacesApart({
  places,
  heading,
  label,
  lang,
  testId,
}: {
  places: readonly AtlasPlace[];
  heading: string;
  /** The group's accessible name. */
  label: string;
  lang: Lang;
  testId: string;
}) {
  if (places.length === 0) return null;
  return (
    <section className="not-reported-group" aria-label={label}>
      <h3>{heading}</h3>
      <ul className="name-list" data-testid={testId}>
        {places.map((p) => (
          <li key={p.id} data-place-id={p.id}>
            <button type="button" className="link-button" {...placeHandlers(p.id)}>
              {p.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
