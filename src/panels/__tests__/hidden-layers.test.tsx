import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { MESSAGES } from '../../i18n';
import { useAppStore } from '../../store';
import { place, TEST_ATLAS } from '../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { PlacePanel } from '../place-panel';
import { ResultList } from '../result-list';

resetStoreAfterEach();

const hideAllLayers = () => act(() => LAYER_IDS.forEach((l) => useAppStore.getState().toggleLayer(l)));

describe('all layers hidden', () => {
  test('the places list says the layers are hidden (not the filter) and shows them again', async () => {
    hideAllLayers();
    renderWithAtlas(<ResultList />);
    expect(screen.queryByText('No place matches this filter.')).toBeNull();
    expect(screen.getByText('All layers are hidden, so no place is shown.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all layers' }));
    expect(useAppStore.getState().visibleLayers).toEqual(LAYER_IDS);
    expect(screen.getByTestId('result-count')).toHaveTextContent(String(TEST_ATLAS.places.length));
  });
  test('中文 too', () => {
    hideAllLayers();
    act(() => useAppStore.getState().setLang('zh'));
    renderWithAtlas(<ResultList />);
    expect(screen.getByRole('button', { name: '显示全部图层' })).toBeInTheDocument();
  });
});

describe('a selected place whose layers are all hidden', () => {
  test('the panel says which layers hide it and shows them again', async () => {
    const shanghai = place('shanghai');
    expect(shanghai.layers).not.toContain('iov-pilot-zone');
    // As ?layers=iov&place=shanghai: only the IoV layer is drawn, and Shanghai is not in it.
    act(() => {
      LAYER_IDS.filter((l) => l !== 'iov-pilot-zone').forEach((l) => useAppStore.getState().toggleLayer(l));
      useAppStore.getState().selectPlace('shanghai');
    });
    renderWithAtlas(<PlacePanel />);
    const notice = screen.getByTestId('hidden-layers');
    expect(notice).toHaveTextContent('Not drawn on the map. Its layers are hidden:');
    for (const l of shanghai.layers) expect(notice).toHaveTextContent(MESSAGES.en.layers[l]);
    expect(notice).not.toHaveTextContent(MESSAGES.en.layers['iov-pilot-zone']);

    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Show its layers' }));
    expect(useAppStore.getState().visibleLayers.sort()).toEqual(
      [...shanghai.layers, 'iov-pilot-zone'].sort(),
    );
    expect(screen.queryByTestId('hidden-layers')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
  test('one layer: singular wording; nothing is said while any of its layers is drawn', () => {
    const liuzhou = place('liuzhou');
    expect(liuzhou.layers).toHaveLength(1);
    act(() => {
      useAppStore.getState().toggleLayer(liuzhou.layers[0]!);
      useAppStore.getState().selectPlace('liuzhou');
    });
    const { unmount } = renderWithAtlas(<PlacePanel />);
    expect(screen.getByTestId('hidden-layers')).toHaveTextContent(
      `Not drawn on the map. Its layer is hidden: ${MESSAGES.en.layers[liuzhou.layers[0]!]}.`,
    );
    expect(screen.getByRole('button', { name: 'Show its layer' })).toBeInTheDocument();
    unmount();

    act(() => useAppStore.getState().toggleLayer(liuzhou.layers[0]!));
    renderWithAtlas(<PlacePanel />);
    expect(screen.queryByTestId('hidden-layers')).toBeNull();
  });
});
