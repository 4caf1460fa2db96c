import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { PlacePanel } from '../../panels/place-panel';
import { useAppStore } from '../../store';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { CompareView } from '../compare-view';

resetStoreAfterEach();

const cell = (row: string, placeId: string) =>
  document.querySelector(`[data-row="${row}"] td[data-place-id="${placeId}"]`) as HTMLElement;

describe('compare view', () => {
  test('licences side by side, with unit, as-of date and source in each cell', () => {
    act(() => ['shanghai', 'beijing'].forEach((id) => useAppStore.getState().addToCompare(id)));
    renderWithAtlas(<CompareView />);
    expect(within(cell('licences', 'shanghai')).getByTestId('compare-value')).toHaveTextContent(
      '325 licences',
    );
    expect(within(cell('licences', 'beijing')).getByTestId('compare-value')).toHaveTextContent(
      '170 licences',
    );
    for (const id of ['shanghai', 'beijing']) {
      expect(cell('licences', id)).toHaveTextContent('as of 2022');
      expect(within(cell('licences', id)).getByRole('button', { name: 'CAICV 2022' })).toBeInTheDocument();
    }
    // The doubtful unit is said in the row, in words.
    expect(document.querySelector('[data-note-for="testedMileage"]')).toHaveTextContent(
      /Unit doubtful: Printed as km, but very probably in units of 10,000 km/,
    );
    // Section 3's end-2023 figure is its own row, marked as defined differently.
    expect(cell('testedMileage-s3', 'shanghai')).toHaveTextContent('7.44 million km');
    expect(cell('testedMileage-s3', 'beijing')).toHaveTextContent('not reported');
    expect(document.querySelector('[data-row="testedMileage-s3"] th')).toHaveTextContent(
      'Definition differs from Table 3',
    );
  });
  test('scenario matrix keeps "not reported" apart from "no"', () => {
    act(() => ['shanghai', 'shenzhen'].forEach((id) => useAppStore.getState().addToCompare(id)));
    renderWithAtlas(<CompareView />);
    const mines = screen.getByTestId('compare-scenarios').querySelector('[data-scenario="mines"]')!;
    expect([...mines.querySelectorAll('td')].map((td) => td.getAttribute('data-cell'))).toEqual([
      'yes',
      'not-reported',
    ]);
    expect(mines).toHaveTextContent('not reported');
    expect(mines).not.toHaveTextContent(/\bno\b/);
  });
  test('add from the picker, remove with ×, Esc closes', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().addToCompare('shanghai'));
    renderWithAtlas(<CompareView />);
    expect(screen.getByText(/Pick one or two more places/)).toBeInTheDocument();
    await user.type(screen.getByTestId('compare-add'), 'wuhan{Enter}');
    expect(useAppStore.getState().compare).toEqual(['shanghai', 'wuhan']);
    await user.click(screen.getByRole('button', { name: 'Remove Shanghai from the comparison' }));
    expect(useAppStore.getState().compare).toEqual(['wuhan']);
    await user.click(document.body);
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().compare).toEqual([]);
  });
  test('"Compare with…" in the place panel starts a comparison with that place', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().selectPlace('beijing'));
    renderWithAtlas(<PlacePanel />);
    await user.click(screen.getByRole('button', { name: 'Compare with…' }));
    expect(useAppStore.getState().compare).toEqual(['beijing']);
  });
});
