import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { LayerControls, legendSizes } from '../layer-controls';

resetStoreAfterEach();

describe('legend', () => {
  test('size references are the largest reported value and a round value below it', () => {
    expect(legendSizes(TEST_ATLAS, 'licences').map((s) => s.value)).toEqual([100, 325]);
    expect(legendSizes(TEST_ATLAS, 'openedTestRoads').map((s) => s.value)).toEqual([500, 1289.83]);
    expect(legendSizes(TEST_ATLAS, 'none')).toEqual([]);
    const [small, large] = legendSizes(TEST_ATLAS, 'licences');
    expect(small!.radius).toBeLessThan(large!.radius);
  });
  test('changing the metric updates the legend, and layer counts are shown', async () => {
    renderWithAtlas(<LayerControls />);
    expect(screen.getByTestId('legend-sizes')).toHaveTextContent('(100 · 325)');
    await userEvent.setup().selectOptions(screen.getByTestId('metric-select'), 'openedTestRoads');
    expect(screen.getByTestId('legend-sizes')).toHaveTextContent('(500 · 1,289.83)');
    expect(
      screen.getByRole('checkbox', { name: /National IoV pilot zones/ }).closest('label'),
    ).toHaveTextContent('7');
  });
});
