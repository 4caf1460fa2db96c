import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { ResultList } from '../result-list';
import { ScenarioFilter } from '../scenario-filter';

resetStoreAfterEach();

const count = (scenario: string) => document.querySelector(`[data-count-for="${scenario}"]`)!.textContent;
const listed = () =>
  [...screen.getByTestId('result-list').querySelectorAll('li[data-place-id]')].map((li) =>
    li.getAttribute('data-place-id'),
  );

describe('scenario filter and results', () => {
  test('counts beside each scenario match Table 4’s totals', () => {
    renderWithAtlas(<ScenarioFilter />);
    expect(['robotaxi', 'avp', 'commuter-bus', 'mines', 'last-mile-delivery'].map(count)).toEqual([
      '6',
      '2',
      '11',
      '2',
      '10',
    ]);
  });
  test('selecting mines leaves exactly Shanghai and Jinan, and clearing is one click', async () => {
    const user = userEvent.setup();
    renderWithAtlas(
      <>
        <ScenarioFilter />
        <ResultList />
      </>,
    );
    expect(screen.getByTestId('result-count')).toHaveTextContent('29');
    await user.click(screen.getByRole('checkbox', { name: /Mines/ }));
    expect(screen.getByTestId('result-count')).toHaveTextContent('2');
    expect(listed().sort()).toEqual(['jinan', 'shanghai']);
    expect(screen.getByText(/16 places have no scenario data/)).toBeInTheDocument();
    // ...listed apart, never among the matches.
    const noData = screen.getByTestId('no-data-list');
    expect(noData.querySelectorAll('li')).toHaveLength(16);
    expect(noData.querySelector('li[data-place-id="shenzhen"]')).not.toBeNull();
    expect(listed()).not.toContain('shenzhen');
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(screen.getByTestId('result-count')).toHaveTextContent('29');
  });
  test('match all narrows and the live counts follow', async () => {
    const user = userEvent.setup();
    renderWithAtlas(
      <>
        <ScenarioFilter />
        <ResultList />
      </>,
    );
    await user.click(screen.getByRole('checkbox', { name: /Robotaxi/ }));
    await user.click(screen.getByRole('checkbox', { name: /AVP/ }));
    expect(screen.getByTestId('result-count')).toHaveTextContent('6');
    await user.click(screen.getByRole('radio', { name: 'All selected' }));
    expect(screen.getByTestId('result-count')).toHaveTextContent('2');
    expect(listed().sort()).toEqual(['beijing', 'guangzhou']);
    expect(count('sanitation')).toBe('2');
    expect(count('ports')).toBe('1');
  });
  test('the list filters by name in either script and selects a place', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<ResultList />);
    await user.type(screen.getByRole('searchbox', { name: 'Filter places by name' }), '武汉');
    expect(listed()).toEqual(['wuhan']);
    await user.click(within(screen.getByTestId('result-list')).getByRole('button'));
    expect(within(screen.getByTestId('result-list')).getByRole('button')).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});
