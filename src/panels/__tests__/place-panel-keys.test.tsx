import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { PlacePanel } from '../place-panel';

resetStoreAfterEach();

const licences = () => document.querySelector('[data-figure="licences"]') as HTMLElement;

describe('Escape in the place panel', () => {
  test('with a citation open, Esc closes only the citation; a second Esc closes the panel', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().selectPlace('shanghai'));
    renderWithAtlas(<PlacePanel />);
    const marker = within(licences()).getByRole('button', { name: 'CAICV 2022' });
    await user.click(marker);
    expect(within(licences()).getByRole('note')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
    expect(screen.getByTestId('place-panel')).toBeInTheDocument();
    expect(within(licences()).queryByRole('note')).toBeNull();
    expect(marker).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Escape}');
    expect(useAppStore.getState().selectedPlaceId).toBeNull();
  });
  test('a press outside an open citation closes it (it lies over the figures below)', async () => {
    const user = userEvent.setup();
    act(() => useAppStore.getState().selectPlace('shanghai'));
    renderWithAtlas(<PlacePanel />);
    await user.click(within(licences()).getByRole('button', { name: 'CAICV 2022' }));
    await user.click(within(licences()).getByRole('note'));
    expect(within(licences()).getByRole('note')).toBeInTheDocument();
    await user.click(screen.getByTestId('table3'));
    expect(within(licences()).queryByRole('note')).toBeNull();
  });
  test('Esc inside a dialog (About) leaves the panel open', async () => {
    act(() => useAppStore.getState().selectPlace('shanghai'));
    renderWithAtlas(<PlacePanel />);
    const dialog = document.createElement('dialog');
    const button = document.createElement('button');
    dialog.append(button);
    document.body.append(dialog);
    button.focus();
    await userEvent.setup().keyboard('{Escape}');
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
    dialog.remove();
  });
  test("while a tour plays, Esc is the tour's (it pauses): the slide's place stays selected", async () => {
    act(() => {
      useAppStore.getState().selectPlace('shanghai');
      useAppStore.setState({ tour: 'default', slide: 7, paused: false });
    });
    renderWithAtlas(<PlacePanel />);
    await userEvent.setup().keyboard('{Escape}');
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
    // Paused, the page is the user's again: Esc closes the panel.
    act(() => useAppStore.setState({ paused: true }));
    await userEvent.setup().keyboard('{Escape}');
    expect(useAppStore.getState().selectedPlaceId).toBeNull();
  });
});
