// Douglas-Peucker line simplification for the SVG renderer's paths: drops the points that lie within
// `tolerance` (map units) of the line through their neighbours kept. Pure.
type Pt = readonly [number, number];

function distanceToSegment([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function simplifyLine<P extends Pt>(pts: readonly P[], tolerance: number): P[] {
  if (pts.length < 3 || tolerance <= 0) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  // An explicit stack: rings of thousands of points would nest deeply.
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let far = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(pts[i]!, pts[a]!, pts[b]!);
      if (d > far) {
        far = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
