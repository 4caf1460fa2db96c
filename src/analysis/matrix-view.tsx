// The scenario matrix: Table 4 of the paper (places × the 10 scenarios) with row and column totals
// derived from the ticks. A column header sets the scenario filter (Shift+click adds to it), a row
// opens its place. Row order is local state of this view (not in the link).
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SourceRef } from '../components/source-ref';
import { useAtlas } from '../data/atlas-context';
import { SCENARIOS, type Scenario } from '../data/constants';
import { fill } from '../i18n';
import { formatDate, formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { filterState } from '../store/selectors';
import { placeHandlers } from './place-actions';
import { PlacesApart } from './places-apart';
import { scenarioMatrix, sortRows, type MatrixSort } from './matrix';

const sortKey = (s: MatrixSort) => (s.by === 'scenario' ? `scenario:${s.scenario}` : s.by);
const parseSortKey = (k: string): MatrixSort =>
  k.startsWith('scenario:')
    ? { by: 'scenario', scenario: k.slice(9) as Scenario }
    : ({ by: k } as MatrixSort);

export function MatrixView({ titleId }: { titleId: string }) {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const { scenarios, match, selectedPlaceId, setScenarios, toggleScenario } = useAppStore(
    useShallow((s) => ({
      scenarios: s.scenarios,
      match: s.match,
      selectedPlaceId: s.selectedPlaceId,
      setScenarios: s.setScenarios,
      toggleScenario: s.toggleScenario,
    })),
  );
  const [sort, setSort] = useState<MatrixSort>({ by: 'total' });
  // Table 4 as the paper prints it: every place it reports, whatever layers are drawn.
  const matrix = useMemo(() => scenarioMatrix(atlas.places), [atlas]);
  const rows = useMemo(() => sortRows(matrix.rows, sort, lang), [matrix, sort, lang]);
  const grandTotal = matrix.rows.reduce((n, r) => n + r.total, 0);
  const filtered = scenarios.length > 0;
  const first = matrix.rows[0]?.place.scenarios;

  const onHeader = (e: MouseEvent<HTMLButtonElement>, s: Scenario) => {
    if (e.shiftKey) toggleScenario(s);
    else setScenarios(scenarios.length === 1 && scenarios[0] === s ? [] : [s]);
  };
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    useAppStore.getState().goToPlace(id);
  };

  return (
    <div className="analysis-view matrix-view">
      <div className="view-head">
        <h2 id={titleId} tabIndex={-1}>
          {m.analysis.matrix.title}
        </h2>
        <label className="field inline">
          <span>{m.analysis.matrix.sortBy}</span>
          <select
            value={sortKey(sort)}
            onChange={(e) => setSort(parseSortKey(e.target.value))}
            data-testid="matrix-sort"
          >
            <option value="total">{m.analysis.matrix.sortTotal}</option>
            <option value="name">{m.analysis.matrix.sortName}</option>
            <option value="paper">{m.analysis.matrix.sortPaper}</option>
            {SCENARIOS.map((s) => (
              <option key={s} value={`scenario:${s}`}>
                {fill(m.analysis.matrix.sortScenario, { scenario: m.scenarios[s] })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="view-summary" id="matrix-summary" data-testid="view-summary">
        {fill(m.analysis.matrix.summary, {
          rows: matrix.rows.length,
          cols: SCENARIOS.length,
          totals: formatList(
            SCENARIOS.map((s) => `${m.scenarios[s]} ${matrix.columnTotals[s]}`),
            lang,
          ),
        })}{' '}
        {first && (
          <>
            {fill(m.place.asOf, { date: formatDate(first.asOf, lang) })} <SourceRef id={first.source} m={m} />
          </>
        )}
        {filtered && (
          <span className="muted">
            {' '}
            {m.analysis.matrix.activeFilter}:{' '}
            {formatList(
              scenarios.map((s) => m.scenarios[s]),
              lang,
            )}
            . {m.analysis.dimmedNote}
          </span>
        )}
      </p>
      <div className="table-scroll">
        <table className="matrix" aria-labelledby={titleId} aria-describedby="matrix-summary">
          <thead>
            <tr>
              <th scope="col">{m.analysis.matrix.place}</th>
              {SCENARIOS.map((s) => {
                const active = scenarios.includes(s);
                return (
                  <th key={s} scope="col" data-scenario={s} className={active ? 'active' : undefined}>
                    <button
                      type="button"
                      className="col-button"
                      aria-pressed={active}
                      title={m.analysis.matrix.filterHint}
                      onClick={(e) => onHeader(e, s)}
                    >
                      {m.scenarios[s]}
                    </button>
                  </th>
                );
              })}
              <th scope="col">{m.analysis.matrix.total}</th>
            </tr>
          </thead>
          <tbody data-testid="matrix-rows">
            {rows.map((r) => {
              const dim = filtered && filterState(r.place, { scenarios, match }) !== 'match';
              const selected = r.place.id === selectedPlaceId;
              return (
                <tr
                  key={r.place.id}
                  data-place-id={r.place.id}
                  className={`row-link${dim ? ' dim' : ''}${selected ? ' selected' : ''}`}
                  tabIndex={0}
                  aria-current={selected ? 'true' : undefined}
                  onKeyDown={(e) => onRowKey(e, r.place.id)}
                  {...placeHandlers(r.place.id)}
                >
                  <th scope="row">{r.place.name[lang]}</th>
                  {SCENARIOS.map((s) => (
                    <td
                      key={s}
                      className={`cell${r.has[s] ? ' on' : ''}${scenarios.includes(s) ? ' active' : ''}`}
                    >
                      {r.has[s] ? (
                        <span aria-label={m.analysis.matrix.has} role="img">
                          ●
                        </span>
                      ) : (
                        <span className="sr-only">{m.analysis.matrix.hasNot}</span>
                      )}
                    </td>
                  ))}
                  <td className="total" data-testid="row-total">
                    {r.total}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.analysis.matrix.totalRow}</th>
              {SCENARIOS.map((s) => (
                <td
                  key={s}
                  data-testid="column-total"
                  className={scenarios.includes(s) ? 'total active' : 'total'}
                >
                  {matrix.columnTotals[s]}
                </td>
              ))}
              <td className="total">{grandTotal}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <PlacesApart
        places={matrix.noData}
        heading={fill(m.analysis.matrix.noData, { count: matrix.noData.length })}
        label={m.place.notReported}
        lang={lang}
        testId="matrix-no-data"
      />
    </div>
  );
}
