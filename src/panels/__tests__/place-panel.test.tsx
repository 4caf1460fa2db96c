import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { MESSAGES } from '../../i18n';
import { place } from '../../testing/atlas';
import { renderWithAtlas } from '../../testing/render';
import { PlacePanelView } from '../place-panel';

const renderPanel = (id: string, lang: 'en' | 'zh' = 'en', onClose = () => {}) =>
  renderWithAtlas(<PlacePanelView place={place(id)} lang={lang} m={MESSAGES[lang]} onClose={onClose} />);
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`) as HTMLElement;

describe('place panel', () => {
  test('Shanghai shows its Table 3 figures as published, with unit, as-of year and source', () => {
    renderPanel('shanghai');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Shanghai 上海');
    expect(figure('openedTestRoads')).toHaveTextContent('1,289.83 km');
    expect(figure('openedTestRoads')).toHaveTextContent('as of 2022');
    expect(within(figure('openedTestRoads')).getByRole('button', { name: 'CAICV 2022' })).toBeInTheDocument();
    expect(figure('testedMileage')).toHaveTextContent('656.20 km');
    expect(figure('licences')).toHaveTextContent('325 licences');
    expect(figure('testSubjects')).toHaveTextContent('Didi, SAIC, AutoX');
  });
  test('the doubtful mileage unit carries a visible warning that explains itself', () => {
    renderPanel('shanghai');
    const note = within(figure('testedMileage')).getByRole('tooltip');
    expect(note).toHaveTextContent(/very probably in units of 10,000 km/);
    expect(within(figure('testedMileage')).getByRole('button', { name: 'Note' })).toHaveAccessibleDescription(
      note.textContent!,
    );
  });
  test('the doubtful mileage shows its likely reading and the reasoning without a click', () => {
    renderPanel('shanghai');
    const caveat = within(figure('testedMileage')).getByTestId('figure-caveat');
    expect(caveat).toBeVisible();
    expect(figure('testedMileage')).toHaveTextContent('656.20 km');
    expect(caveat).toHaveTextContent('unit as printed: km, doubtful');
    expect(caveat).toHaveTextContent('≈ 6.562 million km if the unit is 10,000 km');
    const evidence = place('shanghai').facts.find((f) => f.id === 'sh-test-mileage')!;
    expect(caveat).toHaveTextContent(`${evidence.published} km by 31 Dec 2023 (section 3)`);
    // Where the reasoning's figure comes from, as a source marker.
    expect(within(caveat).getByRole('button', { name: 'Shanghai ICV report 2023' })).toBeInTheDocument();
  });
  test('an empty Table 3 cell reads "not reported", never 0', () => {
    renderPanel('xiangyang');
    expect(figure('testedMileage')).toHaveTextContent('not reported');
    expect(figure('testedMileage')).not.toHaveTextContent(/\b0\b/);
    expect(figure('openedTestRoads')).toHaveTextContent('111.40 km');
  });
  test('a place outside Tables 3 and 4 says so instead of showing zeros or "none"', () => {
    renderPanel('shenzhen');
    expect(screen.getByTestId('table3')).toHaveTextContent('Not in Table 3 of the paper');
    expect(screen.getByTestId('scenarios')).toHaveTextContent('Not reported: the place is not in Table 4.');
  });
  test('scenarios appear as chips in the paper’s order', () => {
    renderPanel('jinan');
    const chips = within(screen.getByTestId('scenarios'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(chips).toEqual(['Commuter bus', 'Robobus', 'High-speed truck', 'Ports', 'Mines']);
  });
  test('a province is labelled as one', () => {
    renderPanel('zhejiang');
    expect(screen.getByText('Province')).toBeInTheDocument();
    expect(screen.getByText(/A province, not a city/)).toBeInTheDocument();
  });
  test('every designation with its date and authority; a source expands to its full citation', async () => {
    renderPanel('beijing');
    const items = document.querySelectorAll('[data-zone-id]');
    expect(items).toHaveLength(5);
    expect(document.querySelector('[data-zone-id="beijing-yizhuang-mot"]')).toHaveTextContent('by Apr 2021');
    expect(document.querySelector('[data-zone-id="beijing-yizhuang-mot"]')).toHaveTextContent(
      'low confidence',
    );
    const user = userEvent.setup();
    const marker = within(figure('licences')).getByRole('button', { name: 'CAICV 2022' });
    await user.click(marker);
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    expect(within(figure('licences')).getByRole('note')).toHaveTextContent(/cited in Wang, Zhao & Ruet 2024/);
  });
  test('section 3 facts keep their own units and dates; 中文 uses 万', () => {
    renderPanel('shanghai', 'zh');
    expect(figure('sh-test-mileage')).toHaveTextContent('744万公里');
    expect(figure('sh-test-mileage')).toHaveTextContent('截至 2023年12月31日');
  });
  test('中文: designating bodies are named in Chinese', () => {
    renderPanel('beijing', 'zh');
    expect(document.querySelector('[data-zone-id="beijing-rioh"]')).toHaveTextContent('交通运输部');
    expect(document.querySelector('[data-zone-id="vrc-beijing"]')).toHaveTextContent('自然资源部');
  });
  test('focus goes to the place’s title, and back to the opener when the panel closes', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = renderPanel('wuhan');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });
  test('the close button closes', async () => {
    const onClose = vi.fn();
    renderPanel('wuhan', 'en', onClose);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
