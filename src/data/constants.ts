// Closed vocabularies of the data, shared by the schemas (build and tests) and the UI (browser).
// Kept apart from schema.ts so the browser bundle does not pull in the validator.
export const SCENARIOS = [
  'robotaxi',
  'avp',
  'commuter-bus',
  'robobus',
  'highway-truck',
  'ports',
  'mines',
  'sanitation',
  'patrol',
  'last-mile-delivery',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const LAYER_IDS = [
  'national-test-zone',
  'iov-pilot-zone',
  'double-smart-city',
  'vrc-pilot-city',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Units a figure can carry; labels live in src/i18n. */
export const UNITS = [
  'km',
  'km2',
  'licences',
  'vehicles',
  'companies',
  'entities',
  'enterprises',
  'policies',
  'trips',
  'teu',
  'units',
  'sets',
  'orders',
  'hours',
  'roads',
  'districts',
  'scenarios',
  'communities',
  'zones',
  'cities',
  'localities',
  'stations',
  'percent',
  'percent-of-nev',
  '10k-vehicles',
] as const;

export const PLACE_KINDS = ['municipality', 'city', 'county-level-city', 'province'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
