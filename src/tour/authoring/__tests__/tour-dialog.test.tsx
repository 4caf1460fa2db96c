import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { AtlasContext } from '../../../data/atlas-context';
import { useAppStore } from '../../../store';
import { TEST_ATLAS } from '../../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../../testing/render';
import { TourDialog } from '../tour-dialog';
import { tourFileText } from '../tour-file';
import { useUserTours } from '../user-tours';
import { userTour } from './fixture';

resetStoreAfterEach();
afterEach(() => useUserTours.setState({ tours: [] }));

function renderDialog() {
  let editing: string | null = null;
  const view = renderWithAtlas(
    <TourDialog onClose={() => undefined} editing={editing} setEditing={(id) => (editing = id)} />,
  );
  // The caller keeps the tour being edited: re-render with it, as regions.tsx does.
  const rerender = () =>
    view.rerender(
      <AtlasContext.Provider value={TEST_ATLAS}>
        <TourDialog onClose={() => undefined} editing={editing} setEditing={(id) => (editing = id)} />
      </AtlasContext.Provider>,
    );
  return { rerender };
}

describe('the Tours dialog', () => {
  test('a new tour; "Add this view as a slide" captures the map; titles, order and deletion edit it', () => {
    const { rerender } = renderDialog();
    fireEvent.click(screen.getByTestId('tour-new'));
    rerender();
    act(() => {
      useAppStore.setState({
        selectedPlaceId: 'shanghai',
        visibleLayers: ['iov-pilot-zone'],
        view: { lon: 121.5, lat: 31.2, zoom: 7 },
      });
    });
    fireEvent.click(screen.getByTestId('tour-add-slide'));
    act(() => useAppStore.setState({ selectedPlaceId: 'beijing', scenarios: ['robotaxi'], year: 2020 }));
    fireEvent.click(screen.getByTestId('tour-add-slide'));
    const tour = () => useUserTours.getState().tours[0]!;
    expect(tour().slides.map((s) => [s.place, s.layers, s.scenarios, s.year])).toEqual([
      ['shanghai', ['iov-pilot-zone'], [], undefined],
      ['beijing', ['iov-pilot-zone'], ['robotaxi'], 2020],
    ]);
    expect(tour().slides[0]!.camera).toEqual({ kind: 'view', view: { lon: 121.5, lat: 31.2, zoom: 7 } });
    expect(screen.getByLabelText('Title of slide 1')).toHaveProperty('value', 'Shanghai');

    // An emptied title is never stored (it would not validate); leaving the field restores it.
    const title2 = screen.getByLabelText('Title of slide 2');
    fireEvent.change(title2, { target: { value: '' } });
    expect(tour().slides[1]!.title.en).toBe('Beijing');
    fireEvent.blur(title2);
    expect(title2).toHaveProperty('value', 'Beijing');
    fireEvent.change(title2, { target: { value: 'The capital' } });
    fireEvent.change(screen.getByLabelText('Speaker notes of slide 2'), { target: { value: 'Licences' } });
    expect(tour().slides[1]).toMatchObject({ title: { en: 'The capital' }, notes: { en: 'Licences' } });

    fireEvent.click(screen.getByLabelText('Move slide 2 up'));
    expect(tour().slides.map((s) => s.place)).toEqual(['beijing', 'shanghai']);
    expect(screen.getByLabelText('Move slide 1 up')).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText('Delete slide 2'));
    expect(tour().slides.map((s) => s.place)).toEqual(['beijing']);
  });

  test('an import that is refused says why and changes nothing', async () => {
    useUserTours.setState({ tours: [userTour('user-kept')] });
    renderDialog();
    const before = useUserTours.getState().tours;
    const input = screen.getByTestId('tour-import');
    const bad = tourFileText(userTour('user-new')).replace('"shanghai"', '"atlantis"');
    fireEvent.change(input, {
      target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] },
    });
    const message = () => screen.getByTestId('tour-message');
    await waitFor(() =>
      expect(message().textContent).toMatch(/not imported, nothing changed: .*unknown place "atlantis"/),
    );
    expect(message().getAttribute('role')).toBe('alert');
    expect(useUserTours.getState().tours).toBe(before);

    const good = tourFileText(userTour('user-new'));
    fireEvent.change(input, { target: { files: [new File([good], 'good.json')] } });
    await waitFor(() => expect(message().textContent).toBe('Imported “My tour” (2 slides).'));
    expect(useUserTours.getState().tours.map((t) => t.id)).toEqual(['user-kept', 'user-new']);
  });
});
