import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { LayerControls } from '../layer-controls';
import { legendSizes } from '../legend';

resetStoreAfterEach();

// Each reference value sits with its own circle: one list item per size, holding both.
const sizeItems = () => within(screen.getByTestId('legend-sizes')).getAllByRole('listitem');
const valueAndRadius = (li: HTMLElement) => [
  li.textContent,
  Number(li.querySelector('circle')?.getAttribute('r')),
];

describe('legend', () => {
  test('size references are the largest reported value and a round value below it', () => {
    expect(legendSizes(TEST_ATLAS, 'licences').map((s) => s.value)).toEqual([100, 325]);
    expect(legendSizes(TEST_ATLAS, 'openedTestRoads').map((s) => s.value)).toEqual([500, 1289.83]);
    expect(legendSizes(TEST_ATLAS, 'none')).toEqual([]);
    const [small, large] = legendSizes(TEST_ATLAS, 'licences');
    expect(small!.radius).toBeLessThan(large!.radius);
  });
  test('uniform size: no reference circles', async () => {
    renderWithAtlas(<LayerControls />);
    await userEvent.setup().selectOptions(screen.getByTestId('metric-select'), 'none');
    expect(screen.queryByTestId('legend-sizes')).toBeNull();
    expect(screen.getByText('Uniform size')).toBeInTheDocument();
  });
  test('changing the metric updates the legend, and layer counts are shown', async () => {
    renderWithAtlas(<LayerControls />);
    expect(sizeItems().map(valueAndRadius)).toEqual([
      ['100', legendSizes(TEST_ATLAS, 'licences')[0]!.radius],
      ['325', legendSizes(TEST_ATLAS, 'licences')[1]!.radius],
    ]);
    await userEvent.setup().selectOptions(screen.getByTestId('metric-select'), 'openedTestRoads');
    expect(sizeItems().map((li) => li.textContent)).toEqual(['500', '1,289.83']);
    expect(
      screen.getByRole('checkbox', { name: /National IoV pilot zones/ }).closest('label'),
    ).toHaveTextContent('7');
  });
});
