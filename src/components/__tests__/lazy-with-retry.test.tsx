import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyWithRetry } from '../lazy-with-retry';

function Panel() {
  return <p>the panel</p>;
}

describe('a part loaded on first use', () => {
  test('once preloaded, it shows on the first render, without a loading fallback', async () => {
    const Part = lazyWithRetry(() => Promise.resolve(Panel));
    await Part.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Part />
      </Suspense>,
    );
    // Synchronously there: a click on a place paints its panel in the same frame.
    expect(screen.getByText('the panel')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  test('not preloaded, it suspends and then shows', async () => {
    const Part = lazyWithRetry(() => Promise.resolve(Panel));
    render(
      <Suspense fallback={<p>loading</p>}>
        <Part />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('the panel')).toBeInTheDocument();
  });
});
