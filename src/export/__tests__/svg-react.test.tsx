import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PrimElements } from '../svg-react';
import { solid, type Prim } from '../scene';

describe('primitives drawn as React SVG elements (the map without WebGL)', () => {
  test('a place mark keeps its id and class, and data text stays text, never markup', () => {
    const prims: Prim[] = [
      {
        t: 'group',
        attrs: { class: 'places', 'data-place-id': 'shanghai' },
        children: [{ t: 'circle', cx: 10, cy: 10, r: 4, fill: { c: '#1c212b', a: 0.5 } }],
      },
      { t: 'text', x: 20, y: 10, text: '<img src=x onerror=alert(1)>上海', size: 13, fill: solid('#000000') },
    ];
    const { container } = render(
      <svg>
        <PrimElements prims={prims} />
      </svg>,
    );
    const mark = container.querySelector('g.places[data-place-id="shanghai"] circle');
    expect(mark?.getAttribute('fill-opacity')).toBe('0.5');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('text')?.textContent).toBe('<img src=x onerror=alert(1)>上海');
  });
});
