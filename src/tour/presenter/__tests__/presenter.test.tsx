import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useAppStore } from '../../../store';
import { renderWithAtlas, resetStoreAfterEach } from '../../../testing/render';
import { TourPlayer } from '../../tour-player';
import { defaultTour } from '../../tours/default';
import { PRESENTER_WINDOW_NAME } from '../presenter-window';
import { formatClock, formatElapsed } from '../time';

resetStoreAfterEach();
const slides = defaultTour.slides;
const total = slides.length;
const start = (slide: number) => act(() => useAppStore.getState().startTour('default', slide));

/** A second window for the presenter view: an iframe's window stands in for the pop-up. */
function fakePopup() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow!;
  const close = vi.spyOn(win, 'close').mockImplementation(() => undefined);
  const focus = vi.spyOn(win, 'focus').mockImplementation(() => undefined);
  const open = vi.spyOn(window, 'open').mockReturnValue(win);
  const view = () => within(win.document.body);
  return { win, close, focus, open, view };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

describe('presenter view', () => {
  test('P opens it in a second window: current slide, next slide, notes, n / N', () => {
    start(1);
    const popup = fakePopup();
    renderWithAtlas(<TourPlayer />);
    act(() => void fireEvent.keyDown(window, { key: 'p' }));
    expect(popup.open).toHaveBeenCalledTimes(1);
    expect(popup.open.mock.calls[0]![1]).toBe(PRESENTER_WINDOW_NAME);
    const view = popup.view();
    expect(view.getByTestId('presenter-view')).toBeTruthy();
    expect(view.getByTestId('presenter-current').textContent).toContain(slides[0]!.title.en);
    // The facts are resolved from the data (no placeholder left), with their sources.
    expect(view.getByTestId('presenter-current').textContent).not.toMatch(/\{\w+\}/);
    expect(view.getByTestId('presenter-current').querySelectorAll('li')).toHaveLength(
      slides[0]!.facts.length,
    );
    expect(view.getByTestId('presenter-next').textContent).toBe(slides[1]!.title.en);
    expect(view.getByTestId('presenter-notes').textContent).toBe(slides[0]!.notes!.en);
    expect(view.getByTestId('presenter-progress').textContent).toBe(`1 / ${total}`);
    expect(view.getByTestId('presenter-elapsed').textContent).toBe('00:00');
    expect(view.getByTestId('presenter-clock').textContent).toMatch(/^\d\d:\d\d$/);
    expect(popup.win.document.documentElement.lang).toBe('en');
  });

  test('keys in either window move both; the buttons step too', () => {
    start(1);
    const popup = fakePopup();
    renderWithAtlas(<TourPlayer />);
    fireEvent.click(screen.getByRole('button', { name: /presenter view/i }));
    const view = popup.view();
    act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
    expect(view.getByTestId('presenter-current').textContent).toContain(slides[1]!.title.en);
    expect(view.getByTestId('presenter-next').textContent).toBe(slides[2]!.title.en);
    act(() => void fireEvent.keyDown(popup.win, { key: 'PageDown' }));
    expect(useAppStore.getState().slide).toBe(3);
    expect(screen.getByTestId('tour-progress').textContent).toBe(`3 / ${total}`);
    act(() => void fireEvent.keyDown(popup.win, { key: 'End' }));
    expect(view.getByTestId('presenter-next').textContent).toBe('End of tour');
    fireEvent.click(view.getByRole('button', { name: /Previous slide/ }));
    expect(screen.getByTestId('tour-progress').textContent).toBe(`${total - 1} / ${total}`);
    // A field in the presenter window keeps its keys.
    const input = popup.win.document.createElement('input');
    popup.win.document.body.append(input);
    act(() => void fireEvent.keyDown(input, { key: 'PageDown' }));
    expect(useAppStore.getState().slide).toBe(total - 1);
  });

  test('a slide without notes says so; 中文 throughout', () => {
    start(2);
    act(() => useAppStore.setState({ lang: 'zh' }));
    const popup = fakePopup();
    renderWithAtlas(<TourPlayer />);
    act(() => void fireEvent.keyDown(window, { key: 'P' }));
    const view = popup.view();
    expect(slides[1]!.notes).toBeUndefined();
    expect(view.getByTestId('presenter-notes').textContent).toBe('无备注');
    expect(view.getByTestId('presenter-current').textContent).toContain(slides[1]!.title.zh);
    expect(view.getByRole('button', { name: '重置已用时间' })).toBeTruthy();
    expect(popup.win.document.documentElement.lang).toBe('zh-Hans');
    expect(popup.win.document.title).toContain(defaultTour.title.zh);
  });

  test('opening again brings the window forward; ending the tour closes it', () => {
    start(1);
    const popup = fakePopup();
    renderWithAtlas(<TourPlayer />);
    act(() => void fireEvent.keyDown(window, { key: 'p' }));
    fireEvent.click(screen.getByRole('button', { name: /presenter view/i }));
    expect(popup.open).toHaveBeenCalledTimes(1);
    expect(popup.focus).toHaveBeenCalled();
    expect(popup.close).not.toHaveBeenCalled();
    act(() => useAppStore.getState().exitTour());
    expect(popup.close).toHaveBeenCalled();
  });

  test('the page’s stylesheets are copied into the window, and ones added later follow', async () => {
    const style = document.createElement('style');
    style.textContent = '.presenter { color: rgb(1, 2, 3); }';
    document.head.append(style);
    start(1);
    const popup = fakePopup();
    renderWithAtlas(<TourPlayer />);
    act(() => void fireEvent.keyDown(window, { key: 'p' }));
    const head = popup.win.document.head;
    expect(head.innerHTML).toContain('rgb(1, 2, 3)');
    const late = document.createElement('style');
    late.textContent = '.late-chunk { color: red; }';
    document.head.append(late);
    await waitFor(() => expect(head.innerHTML).toContain('.late-chunk'));
    style.remove();
    late.remove();
  });

  test('a blocked pop-up is said on the page; the tour goes on', () => {
    start(1);
    vi.spyOn(window, 'open').mockReturnValue(null);
    renderWithAtlas(<TourPlayer />);
    act(() => void fireEvent.keyDown(window, { key: 'p' }));
    expect(screen.getByRole('alert').textContent).toMatch(/blocked/);
    act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
    expect(screen.getByTestId('tour-progress').textContent).toBe(`2 / ${total}`);
  });
});

describe('presenter clocks', () => {
  test('elapsed time is mm:ss, minutes past the hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(61_000)).toBe('01:01');
    expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });
  test('the wall clock is 24-hour', () => {
    const d = new Date(2026, 10, 26, 14, 5, 9);
    expect(formatClock(d, 'en')).toBe('14:05');
    expect(formatClock(d, 'zh')).toBe('14:05');
  });
});
