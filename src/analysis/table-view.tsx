// The data table: every visible place the scenario filter keeps, with its designations, Table 3
// figures (a doubtful unit's caveat in the cell) and scenarios; sortable (local state of this view),
// a row opens its place. Below: the open data as downloads and the paper's citation to copy.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FigureValue } from '../components/figure-value';
import { useAtlas } from '../data/atlas-context';
import { SCENARIOS } from '../data/constants';
import { LAYER_FILES, type AtlasPlace } from '../data/load-data';
import { names } from '../data/zh-texts';
import { fill } from '../i18n';
import { compareZh } from '../i18n/collate';
import { formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { metricValue } from '../store/metrics';
import { matchingPlaces } from '../store/selectors';
import { useVisiblePlaces } from '../store/use-visible-places';
import { bibtexCitation, plainCitation } from './citation';
import { downloads, saveText } from './downloads';
import { placeHandlers } from './place-actions';

const COLUMNS = ['place', 'designations', 'opened', 'mileage', 'licences', 'subjects', 'scenarios'] as const;
type Column = (typeof COLUMNS)[number];
const SORTABLE: Partial<Record<Column, (p: AtlasPlace) => number | null>> = {
  designations: (p) => p.zones.length,
  opened: (p) => metricValue(p, 'openedTestRoads'),
  mileage: (p) => metricValue(p, 'testedMileage'),
  licences: (p) => metricValue(p, 'licences'),
  scenarios: (p) => metricValue(p, 'scenarioCount'),
};
/** The paper the atlas cites first: the source of Tables 1-4. */
const PAPER_ID = 'wang2024';

export function sortTable(
  places: readonly AtlasPlace[],
  column: Column,
  dir: 'asc' | 'desc',
  lang: 'en' | 'zh',
): AtlasPlace[] {
  const byName = (a: AtlasPlace, b: AtlasPlace) =>
    lang === 'zh' ? compareZh(a.name.zh, b.name.zh) : a.name.en.localeCompare(b.name.en, 'en');
  const key = SORTABLE[column];
  const sign = dir === 'asc' ? 1 : -1;
  return [...places].sort((a, b) => {
    if (key) {
      const va = key(a);
      const vb = key(b);
      // "Not reported" always last, whichever the direction: it is not a small value.
      if (va !== vb) return vb === null ? -1 : va === null ? 1 : sign * (va - vb);
      return byName(a, b);
    }
    return sign * byName(a, b);
  });
}

export function TableView({ titleId }: { titleId: string }) {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const t = m.analysis.table;
  const { scenarios, match, selectedPlaceId } = useAppStore(
    useShallow((s) => ({ scenarios: s.scenarios, match: s.match, selectedPlaceId: s.selectedPlaceId })),
  );
  const visible = useVisiblePlaces();
  const [sort, setSort] = useState<{ column: Column; dir: 'asc' | 'desc' }>({ column: 'place', dir: 'asc' });
  const rows = useMemo(
    () => sortTable(matchingPlaces(visible, { scenarios, match }), sort.column, sort.dir, lang),
    [visible, scenarios, match, sort, lang],
  );
  const onSort = (column: Column) =>
    setSort((s) =>
      s.column === column
        ? { column, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { column, dir: column === 'place' || column === 'subjects' ? 'asc' : 'desc' },
    );
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    useAppStore.getState().goToPlace(id);
  };
  const paper = atlas.sources.get(PAPER_ID);
  return (
    <div className="analysis-view table-view">
      <h2 id={titleId} tabIndex={-1}>
        {t.title}
      </h2>
      <p className="view-summary" id="table-summary" data-testid="view-summary">
        {fill(t.summary, { count: rows.length })}
      </p>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby={titleId} aria-describedby="table-summary">
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const sorted = sort.column === c;
                const sortable = c === 'place' || !!SORTABLE[c];
                return (
                  <th
                    key={c}
                    scope="col"
                    aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="col-button"
                        onClick={() => onSort(c)}
                        title={fill(t.sortBy, { column: t[c] })}
                      >
                        {t[c]}
                        <span aria-hidden="true">{sorted ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    ) : (
                      t[c]
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody data-testid="table-rows">
            {rows.map((p) => {
              const t3 = p.table3;
              const selected = p.id === selectedPlaceId;
              return (
                <tr
                  key={p.id}
                  data-place-id={p.id}
                  className={`row-link${selected ? ' selected' : ''}`}
                  tabIndex={0}
                  aria-current={selected ? 'true' : undefined}
                  onKeyDown={(e) => onRowKey(e, p.id)}
                  {...placeHandlers(p.id)}
                >
                  <th scope="row">
                    {p.name[lang]}
                    {p.kind === 'province' && <span className="muted"> ({m.place.kind.province})</span>}
                  </th>
                  <td>
                    {formatList([...new Set(p.zones.map((z) => m.layers.short[z.properties.layer]))], lang)}
                  </td>
                  <td className="num">
                    <FigureValue figure={t3?.openedTestRoads} lang={lang} m={m} />
                  </td>
                  <td className="mileage-cell">
                    <FigureValue figure={t3?.testedMileage} place={p} lang={lang} m={m} />
                  </td>
                  <td className="num">
                    <FigureValue figure={t3?.licences} lang={lang} m={m} />
                  </td>
                  <td>
                    {t3 ? (
                      names(t3.testSubjects, lang, m.place.translatedMark) || m.place.notReported
                    ) : (
                      <span className="not-reported">{m.place.notReported}</span>
                    )}
                  </td>
                  <td>
                    {p.scenarios ? (
                      formatList(
                        SCENARIOS.filter((s) => p.scenarios!.codes.includes(s)).map((s) => m.scenarios[s]),
                        lang,
                      )
                    ) : (
                      <span className="not-reported">{m.place.notReported}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="get-data">
        <section aria-labelledby="downloads-title">
          <h3 id="downloads-title">{t.downloads}</h3>
          <ul className="download-list">
            {downloads(atlas).map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="button"
                  onClick={() => saveText(d)}
                  data-testid={`download-${d.id}`}
                >
                  {d.id === 'csv'
                    ? t.downloadCsv
                    : d.id === 'json'
                      ? t.downloadJson
                      : fill(t.downloadGeojson, { layer: m.layers[d.id] })}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small">
            {t.builtFiles}{' '}
            {['places.csv', 'places.json', ...Object.values(LAYER_FILES)].map((f, i) => (
              <span key={f}>
                {i > 0 && ', '}
                <a href={`data/${f}`}>{f}</a>
              </span>
            ))}
          </p>
        </section>
        {paper && (
          <section aria-labelledby="cite-title">
            <h3 id="cite-title">{t.cite}</h3>
            <CopyBlock label={t.citePlain} text={plainCitation(paper)} testId="cite-plain" />
            <CopyBlock label={t.citeBibtex} text={bibtexCitation(paper)} testId="cite-bibtex" />
          </section>
        )}
      </div>
    </div>
  );
}

function CopyBlock({ label, text, testId }: { label: string; text: string; testId: string }) {
  const m = useMessages();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    // Clipboard access can be refused (file://, permissions): then the text is there to select.
    if (!navigator.clipboard) return setState('failed');
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <div className="copy-block">
      <div className="copy-head">
        <span>{label}</span>
        <button type="button" className="button small" onClick={copy}>
          {m.analysis.table.copy}
        </button>
        <span role="status" className="muted small">
          {state === 'copied'
            ? m.analysis.table.copied
            : state === 'failed'
              ? m.analysis.table.copyFailed
              : ''}
        </span>
      </div>
      <pre tabIndex={0} data-testid={testId}>
        {text}
      </pre>
    </div>
  );
}
