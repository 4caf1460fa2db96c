import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { PAPER_TABLE4_COLUMNS, paperTable4 } from '../../testing/paper';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { AnalysisDrawer } from '../analysis-drawer';
import type { AnalysisView } from '../../store/slices';

resetStoreAfterEach();

function open(view: AnalysisView, extra: Partial<ReturnType<typeof useAppStore.getState>> = {}) {
  useAppStore.setState({ analysis: view, ...extra });
  return renderWithAtlas(<AnalysisDrawer />);
}
const rowsOf = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('[data-place-id]')].map(
    (e) => e.dataset.placeId,
  );

// jsdom renders the whole drawer on every click; on a busy 2-core machine that can pass 5 s.
describe('analysis drawer', { timeout: 20_000 }, () => {
  test('rankings: bars follow the map metric; hovering a bar highlights its place, clicking selects it', async () => {
    const user = userEvent.setup({ delay: null });
    open('rankings', { metric: 'testedMileage' });
    const view = screen.getByTestId('analysis-view');
    expect(view).toHaveAttribute('data-view', 'rankings');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(rowsOf('rankings-bars')[0]).toBe('shanghai');
    // Not-reported places are listed apart, never as bars.
    expect(rowsOf('rankings-not-reported')).toContain('xiangyang');
    expect(rowsOf('rankings-bars')).not.toContain('xiangyang');
    const shanghai = within(screen.getByTestId('rankings-bars')).getAllByRole('button')[0]!;
    // The doubtful unit's caveat is on the bar, without a click.
    expect(shanghai.closest('li')).toHaveTextContent('≈ 6.562 million km if the unit is 10,000 km');
    await user.hover(shanghai);
    expect(useAppStore.getState().hoveredPlaceId).toBe('shanghai');
    await user.click(shanghai);
    const s = useAppStore.getState();
    expect(s.selectedPlaceId).toBe('shanghai');
    expect(s.cameraIntent).toMatchObject({ kind: 'place', placeId: 'shanghai', zoomIn: true });
    await user.selectOptions(screen.getByTestId('rankings-metric'), 'licences');
    expect(useAppStore.getState().metric).toBe('licences');
  });

  test('matrix: a column header sets the scenario filter, Shift+click adds', async () => {
    const user = userEvent.setup({ delay: null });
    open('matrix');
    const header = (name: string) => screen.getByRole('button', { name });
    await user.click(header('Mines'));
    expect(useAppStore.getState().scenarios).toEqual(['mines']);
    expect(header('Mines')).toHaveAttribute('aria-pressed', 'true');
    expect(header('Mines').closest('th')).toHaveAttribute('data-scenario', 'mines');
    await user.keyboard('{Shift>}');
    await user.click(header('Ports'));
    await user.keyboard('{/Shift}');
    expect(useAppStore.getState().scenarios).toEqual(['mines', 'ports']);
    await user.click(header('Robotaxi'));
    expect(useAppStore.getState().scenarios).toEqual(['robotaxi']);
  });

  test('matrix: a row selects its place; the totals are the paper’s', async () => {
    const user = userEvent.setup({ delay: null });
    open('matrix');
    const jinan = screen.getByTestId('matrix-rows').querySelector('[data-place-id="jinan"]') as HTMLElement;
    await user.click(within(jinan).getByRole('rowheader'));
    expect(useAppStore.getState().selectedPlaceId).toBe('jinan');
    // The Total row shows the paper's printed totals, column by column.
    const headers = [...document.querySelectorAll<HTMLElement>('thead th[data-scenario]')].map(
      (th) => th.dataset.scenario,
    );
    const totals = screen.getAllByTestId('column-total').map((td) => Number(td.textContent));
    const paper = paperTable4();
    expect(headers.map((code) => totals[headers.indexOf(code)])).toEqual(
      headers.map((code) => paper.columnTotals[PAPER_TABLE4_COLUMNS.findIndex(([, c]) => c === code)]),
    );
    // Places with no Table 4 row are listed apart, not as rows of blanks.
    expect(rowsOf('matrix-no-data')).toContain('shenzhen');
    expect(rowsOf('matrix-rows')).not.toContain('shenzhen');
  });

  test('table: rows follow the scenario filter, a row (click or Enter) selects its place', async () => {
    const user = userEvent.setup({ delay: null });
    open('table', { scenarios: ['mines'] });
    expect(rowsOf('table-rows').sort()).toEqual(['jinan', 'shanghai']);
    const row = screen.getByTestId('table-rows').querySelector('[data-place-id="shanghai"]') as HTMLElement;
    expect(row).toHaveTextContent('656.20 km');
    expect(row).toHaveTextContent('unit as printed: km, doubtful');
    row.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
    expect(screen.getByTestId('cite-bibtex')).toHaveTextContent('@misc{wang2024');
  });

  test('tabs switch views and Esc closes the drawer', async () => {
    const user = userEvent.setup({ delay: null });
    open('rankings');
    await user.click(screen.getByRole('tab', { name: 'National context' }));
    expect(useAppStore.getState().analysis).toBe('context');
    expect(screen.getByTestId('analysis-view')).toHaveAttribute('data-view', 'context');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().analysis).toBeNull();
  });

  test('the views read in 中文', () => {
    open('matrix', { lang: 'zh' });
    expect(screen.getByRole('tab', { name: '场景矩阵' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: '矿区' })).toBeInTheDocument();
    act(() => useAppStore.getState().setAnalysis('rankings'));
    expect(screen.getByTestId('analysis-view')).toHaveTextContent('未报告');
  });
});

describe('Esc in the drawer', { timeout: 20_000 }, () => {
  test('closes an open citation first, then the drawer, and leaves the place panel’s selection alone', async () => {
    const user = userEvent.setup({ delay: null });
    open('rankings', { selectedPlaceId: 'shanghai' });
    const marker = within(screen.getByTestId('view-summary')).getByRole('button', { name: 'CAICV 2022' });
    await user.click(marker);
    expect(screen.getByTestId('source-popover')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('source-popover')).toBeNull();
    expect(useAppStore.getState().analysis).toBe('rankings');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().analysis).toBeNull();
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
  });
});
