import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FatalMessage } from '../fatal-message';

describe('the last-resort message', () => {
  test('an app error does not blame the data files', () => {
    render(<FatalMessage kind="app" problems={['Minified React error #185']} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The atlas stopped working');
    expect(alert).toHaveTextContent('页面出现故障');
    expect(alert).not.toHaveTextContent('did not pass validation');
    expect(alert).toHaveTextContent('Minified React error #185');
  });
  test('a data error says which files failed validation', () => {
    render(<FatalMessage problems={['places.json: shanghai.table3 missing']} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The files in geo/ did not pass validation');
  });
});
