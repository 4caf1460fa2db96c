import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LayerControls } from '../../panels/layer-controls';
import { PlacePanel } from '../../panels/place-panel';
import { ResultList } from '../../panels/result-list';
import { useAppStore } from '../../store';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { PLAY_STEP_MS, YearControl } from '../year-control';

resetStoreAfterEach();
afterEach(() => vi.useRealTimers());

const rendered = () =>
  renderWithAtlas(
    <>
      <LayerControls />
      <ResultList />
      <YearControl />
    </>,
  );

describe('year control', () => {
  test('picking a year updates the legend counts, the result count and the spoken summary', () => {
    rendered();
    expect(screen.getByTestId('layer-count-national-test-zone')).toHaveTextContent('17');
    const all = Number(screen.getByTestId('result-count').textContent);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '2019' } });
    expect(useAppStore.getState().year).toBe(2019);
    const testZones = screen.getByTestId('layer-count-national-test-zone');
    expect(testZones).toHaveTextContent('15+1?/17');
    expect(testZones).toHaveAccessibleName(
      '15 of 17 designated by the end of 2019, plus 1 whose date is unknown',
    );
    expect(screen.getByTestId('layer-count-double-smart-city')).toHaveTextContent('0/16');
    expect(Number(screen.getByTestId('result-count').textContent)).toBeLessThan(all);
    expect(screen.getByTestId('year-summary')).toHaveTextContent(
      /^2019: 15 of 17 test zones \(\+1 date unknown\), 2 of 7 IoV pilot zones, 0 of 16 Double-Smart cities, 0 of 20 2024 VRC pilot cities; \d+ places\.$/,
    );
  });
  test('the date-unknown designation is named in a note while a year is shown', () => {
    rendered();
    expect(screen.queryByTestId('year-undated')).toBeNull();
    act(() => useAppStore.getState().setYear(2016));
    expect(screen.getByTestId('year-undated')).toHaveTextContent(
      'Date unknown, shown in every year: Guangzhou test zone.',
    );
    // The places list draws its rings as of the year too: Guangzhou's test zone in the undated style.
    const gz = document.querySelector('[data-testid="result-list"] li[data-place-id="guangzhou"]')!;
    expect(gz.querySelectorAll('.mini-ring')).toHaveLength(1);
    expect(gz.querySelector('.mini-ring.undated')).not.toBeNull();
    // Hidden with its layer.
    act(() => useAppStore.getState().toggleLayer('national-test-zone'));
    expect(screen.queryByTestId('year-undated')).toBeNull();
  });
  test('step buttons, "All years" and the keyboard', async () => {
    const user = userEvent.setup();
    rendered();
    const control = screen.getByTestId('year-control');
    await user.click(within(control).getByRole('button', { name: 'Next year' }));
    expect(useAppStore.getState().year).toBe(2015);
    expect(within(control).getByRole('button', { name: 'Previous year' })).toBeDisabled();
    await user.click(within(control).getByRole('button', { name: 'Next year' }));
    expect(useAppStore.getState().year).toBe(2016);
    await user.click(within(control).getByRole('button', { name: 'All years' }));
    expect(useAppStore.getState().year).toBeNull();
    expect(screen.getByTestId('layer-count-national-test-zone')).toHaveTextContent('17');
  });
  test('play advances a year per step and stops at 2024', () => {
    vi.useFakeTimers();
    rendered();
    act(() => useAppStore.getState().setYear(2022));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(useAppStore.getState().year).toBe(2023);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(useAppStore.getState().year).toBe(2024);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(useAppStore.getState().year).toBe(2024);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    // Play from the last year starts over at 2015.
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(useAppStore.getState().year).toBe(2015);
  });
});

describe('the place panel and the year', () => {
  test('a place not yet designated in the year says so, and offers all years', async () => {
    const user = userEvent.setup();
    act(() => {
      useAppStore.getState().selectPlace('shenzhen');
      useAppStore.getState().setYear(2016);
    });
    renderWithAtlas(<PlacePanel />);
    expect(screen.getByTestId('not-yet')).toHaveTextContent(
      'Not on the map for 2016: its first designation here dates from 1 Dec 2021.',
    );
    await user.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(useAppStore.getState().year).toBeNull();
    expect(screen.queryByTestId('not-yet')).toBeNull();
  });
  test('an undated designation keeps the place on the map in every year (no notice)', () => {
    act(() => {
      useAppStore.getState().selectPlace('guangzhou');
      useAppStore.getState().setYear(2015);
    });
    renderWithAtlas(<PlacePanel />);
    expect(screen.queryByTestId('not-yet')).toBeNull();
  });
});
