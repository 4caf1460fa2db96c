import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { TourPlayer } from '../tour-player';
import { defaultTour } from '../tours/default';

resetStoreAfterEach();
const total = defaultTour.slides.length;
const start = (slide: number) => act(() => useAppStore.getState().startTour('default', slide));

describe('TourPlayer', () => {
  test('shows the slide title, facts with sources and n / N; next and previous buttons step', () => {
    start(7);
    renderWithAtlas(<TourPlayer />);
    const caption = screen.getByTestId('tour-caption');
    expect(caption.querySelector('h2')!.textContent).toBe(defaultTour.slides[6]!.title.en);
    expect(caption.querySelectorAll('li')).toHaveLength(defaultTour.slides[6]!.facts.length);
    expect(screen.getByTestId('tour-progress').textContent).toBe(`7 / ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(screen.getByTestId('tour-progress').textContent).toBe(`8 / ${total}`);
    fireEvent.click(screen.getByRole('button', { name: 'Previous slide' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(useAppStore.getState().slide).toBe(6);
  });

  test('a swipe left on the caption goes forward, right goes back; a short drag does nothing', () => {
    start(3);
    renderWithAtlas(<TourPlayer />);
    const card = screen.getByRole('region', { name: 'Tour slide' });
    const swipe = (from: number, to: number) => {
      fireEvent.pointerDown(card, { clientX: from, clientY: 100 });
      fireEvent.pointerUp(card, { clientX: to, clientY: 104 });
    };
    swipe(300, 100);
    expect(useAppStore.getState().slide).toBe(4);
    swipe(100, 300);
    swipe(100, 300);
    expect(useAppStore.getState().slide).toBe(2);
    swipe(100, 120);
    expect(useAppStore.getState().slide).toBe(2);
  });

  test('presenter keys step the tour, but not while typing in a field', () => {
    start(1);
    renderWithAtlas(
      <>
        <input aria-label="search" />
        <TourPlayer />
      </>,
    );
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: ' ' });
    expect(useAppStore.getState().slide).toBe(3);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'search' }), { key: 'PageDown' });
    expect(useAppStore.getState().slide).toBe(3);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByTestId('tour-resume')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tour-resume'));
    expect(screen.getByTestId('tour-progress').textContent).toBe(`3 / ${total}`);
  });
});
