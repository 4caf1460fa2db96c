// A tour is data: slides that each set the map (camera, layers, size metric, scenario filter,
// selected place) and carry a title and 1-3 facts in EN and 中文. A fact's numbers are never typed in
// its text: each {placeholder} is bound to a path into the atlas's data (resolve.ts).
import type { LayerId, Scenario } from '../data/constants';
import type { Metric } from '../store/metrics';
import type { Lang } from '../i18n';
import type { Match, View } from '../store/slices';

export interface Bilingual {
  en: string;
  zh: string;
}

/** Where a slide's number comes from. Figures keep their published form, unit, as-of date and source;
 * counts are computed from the designations in geo/ and cite the designations' sources. */
export type FigureRef =
  /** A national total (geo/national.json › totals[id]); `valueOnly` where the text names the unit. */
  | { national: string; valueOnly?: true }
  /** SEV share of new-energy vehicle sales in a year (national.json › sevPenetration, Figure 2). */
  | { sev: number }
  /** A place's fact (places.json › facts[id]). */
  | { place: string; fact: string }
  /** A place's Table 3 figure (CAICV 2022). */
  | { place: string; table3: 'licences' | 'openedTestRoads' | 'testedMileage' }
  /** How many designations of a layer, optionally only those dated within [from, to] (ISO prefixes)
   * or of one Double-Smart batch. */
  | { count: LayerId; from?: string; to?: string; batch?: 1 | 2 }
  /** The earliest / latest designation date of a layer (or of one batch). */
  | { date: 'first' | 'last'; layer: LayerId; batch?: 1 | 2 }
  /** How many places have a scenario in Table 4 (a column total), or how many places have a row. */
  | { scenario: Scenario | 'any' }
  /** The most / least common scenarios of Table 4 with their counts ("Commuter bus (11)"). */
  | { scenarioRank: 'most' | 'least' };

export interface Fact {
  /** Text with {name} placeholders, each bound in `figures`. */
  text: Bilingual;
  figures: Record<string, FigureRef>;
}

export type SlideCamera = { kind: 'china' } | { kind: 'place' } | { kind: 'view'; view: View };

export interface Slide {
  id: string;
  title: Bilingual;
  facts: Fact[];
  notes?: Bilingual;
  /** The selected place (its panel, its highlight), or null. */
  place: string | null;
  /** 'place' frames the selected place close up; 'china' the whole country. */
  camera: SlideCamera;
  layers: LayerId[];
  metric: Metric;
  scenarios: Scenario[];
  match: Match;
  /** The timeline's year the slide shows (designations by its end); absent: every designation. */
  year?: number;
  /** A slide a user authored: the language its title and notes were written in (both fields of each
   * Bilingual hold that text) and the interface language the slide shows. Built-in slides have none. */
  lang?: Lang;
}

export interface Tour {
  id: string;
  title: Bilingual;
  slides: Slide[];
}
