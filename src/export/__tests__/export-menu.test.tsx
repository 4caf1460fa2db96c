import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { useAppStore } from '../../store';
import { ExportMenu } from '../export-menu';

resetStoreAfterEach();

describe('Export menu', () => {
  test('opens on the first item, moves with the arrow keys, and Esc closes it (only it) back to the button', async () => {
    const user = userEvent.setup();
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    renderWithAtlas(<ExportMenu />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.dataset.testid)).toEqual([
      'export-png',
      'export-png-2x',
      'export-svg',
      'export-csv',
      'export-citation',
      'export-copy-citation',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(items.at(-1)).toHaveFocus();
    onWindowKey.mockClear();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    // The place panel closes on an Esc that reaches the window: this one must not.
    expect(onWindowKey).not.toHaveBeenCalled();
    window.removeEventListener('keydown', onWindowKey);
  });

  test('labels follow the language', async () => {
    useAppStore.setState({ lang: 'zh' });
    renderWithAtlas(<ExportMenu />);
    await userEvent.setup().click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByRole('menu', { name: '导出当前视图' })).toBeInTheDocument();
    expect(screen.getByTestId('export-csv')).toHaveTextContent('所列地点的 CSV');
  });
});
