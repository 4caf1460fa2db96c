import { act, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { place } from '../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { LiveAnnouncer } from '../live-announcer';

resetStoreAfterEach();

describe('the live announcer', () => {
  test('says which place is selected, which the arrow keys reached, and when the place closes', () => {
    renderWithAtlas(<LiveAnnouncer />);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('');

    act(() => useAppStore.getState().focusPlaceByKeyboard('beijing'));
    // The name and the programmes the map draws for it, then what Enter does.
    expect(region.textContent).toMatch(new RegExp(`^${place('beijing').name.en}: .+\\. Enter opens it\\.$`));

    act(() => useAppStore.getState().selectPlace('shanghai'));
    expect(region).toHaveTextContent(`${place('shanghai').name.en} selected`);

    act(() => useAppStore.getState().selectPlace(null));
    expect(region).toHaveTextContent('Place closed');
  });

  test('speaks the page language', () => {
    act(() => useAppStore.getState().setLang('zh'));
    renderWithAtlas(<LiveAnnouncer />);
    act(() => useAppStore.getState().selectPlace('shanghai'));
    expect(screen.getByRole('status')).toHaveTextContent(`已选择${place('shanghai').name.zh}`);
  });
});
