import { act, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { resetStoreAfterEach } from '../../testing/render';
import { URL_CODEC } from '../../url/url-state';
import { Notices } from '../notices';

resetStoreAfterEach();

describe('the notice of ignored link values', () => {
  test('names the first few values and counts the rest, so a hostile link cannot fill the screen', () => {
    const items = Array.from({ length: 60 }, (_, i) => `scenarios=bogus${i}`);
    act(() => useAppStore.setState({ notices: items }));
    render(<Notices />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('scenarios=bogus0, scenarios=bogus1');
    expect(notice).toHaveTextContent('scenarios=bogus4 and 55 more.');
    expect(notice).not.toHaveTextContent('bogus5,');
  });

  test('a key given twice is marked in the language shown', () => {
    const { dropped } = URL_CODEC.parse('?place=shanghai&place=beijing', {
      placeIds: new Set(['shanghai', 'beijing']),
    });
    act(() => useAppStore.setState({ notices: dropped, lang: 'zh' }));
    render(<Notices />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('place=beijing （重复）');
    expect(notice).not.toHaveTextContent('repeated');
  });
});
