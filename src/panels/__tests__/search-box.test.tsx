import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { useAppStore } from '../../store';
import { SearchBox } from '../search-box';

resetStoreAfterEach();

const search = async (query: string) => {
  renderWithAtlas(<SearchBox />);
  await userEvent.type(screen.getByRole('combobox'), query);
  return screen.getAllByRole('option');
};

describe('search box', () => {
  test('"wuhan" lists Wuhan once, and no two rows read the same', async () => {
    const options = await search('wuhan');
    const wuhan = options.filter((o) => o.dataset.placeId === 'wuhan');
    expect(wuhan).toHaveLength(1);
    expect(wuhan[0]).toHaveTextContent(/^Wuhan 武汉$/);
    const texts = options.map((o) => o.textContent);
    expect(new Set(texts).size).toBe(texts.length);
  });
  test('a zone found by its own name says what it is and where', async () => {
    const [lingang] = await search('Lingang');
    expect(lingang).toHaveTextContent('ICV Autonomous-Driving Closed-Site Test Base (Shanghai Lingang)');
    expect(lingang).toHaveTextContent(/Test zone · in Shanghai$/);
    await userEvent.click(lingang!);
    expect(useAppStore.getState().selectedPlaceId).toBe('shanghai');
  });
});
