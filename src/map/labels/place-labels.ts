// Where place labels go: a pure function of screen geometry (symbol centres and radii in px, label
// widths, the free part of the map), shared by the deck.gl layers, the hit test and any SVG renderer.
//
// 1. Places whose centre lies under another place's symbol cannot be told apart or clicked apart: they
//    form a cluster, labelled "Shanghai +4", which opens a chooser on click.
// 2. Labels are placed greedily by importance: beside the symbol first (8 positions), then further out
//    with a thin leader line to the symbol. A label never overlaps another label, any symbol, a leader
//    line, an occluding card or the edge of the free area.
// 3. A place (or cluster) whose label finds no room joins its nearest neighbour's cluster, and placement
//    runs again, so every visible place ends up labelled or in a labelled cluster.
// 4. Region (province) names are drawn only where they touch no symbol, place label or leader line.
import type { Box } from '../mercator';

export type { Box };

export interface LabelItem {
  id: string;
  /** Symbol centre and outer radius (px). */
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher is placed first. */
  priority: number;
  /** Always labelled, never clustered (the selected and compared places). */
  pinned?: boolean;
}

export interface RegionItem {
  id: string;
  /** Centre of the text (px). */
  x: number;
  y: number;
  text: string;
  size: number;
}

export interface PlacementOptions {
  /** Label font size (px). */
  size: number;
  /** Text width (px) at a font size; default: estimateTextWidth. */
  width?: (text: string, size: number) => number;
  /** The free part of the map: labels stay inside it; places outside it are not labelled. */
  viewport?: Box | null;
  /** Cards over the map (px boxes) labels must not go under. */
  occluders?: readonly Box[];
  /** A cluster's label from its first place's name and the number of places. */
  clusterText?: (topText: string, count: number) => string;
  regions?: readonly RegionItem[];
}

export interface PlacedLabel {
  text: string;
  /** The place the label belongs to (a cluster's label: its first place). */
  anchor: string;
  box: Box;
  /** Centre of the text, absolute and relative to the anchor place's centre. */
  x: number;
  y: number;
  dx: number;
  dy: number;
  /** A thin line from the symbol's edge to the label, when the label stands off. */
  leader: [number, number, number, number] | null;
}

export interface LabelCluster {
  id: string;
  /** Place ids, most important first. */
  members: string[];
  /** A circle enclosing the members' symbols. */
  x: number;
  y: number;
  r: number;
  label: PlacedLabel | null;
}

export interface Placement {
  /** Places labelled on their own. */
  labels: Map<string, PlacedLabel>;
  clusters: LabelCluster[];
  clusterOf: Map<string, LabelCluster>;
  /** Region labels that may be drawn. */
  regions: Set<string>;
  /** Visible places neither labelled nor in a labelled cluster (empty unless there is no room at all). */
  unlabelled: string[];
}

/** Rough rendered width of bold label text: CJK glyphs about one em, Latin about 0.6 em. */
export function estimateTextWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text)
    w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : /[ .'’·]/.test(ch) ? size * 0.34 : size * 0.62;
  return w;
}

export const LABEL_LINE_HEIGHT = 1.25;
/** Gap between a symbol's edge and its label (px). */
const GAP = 3;
/** How far a label may stand off its symbol (px beyond GAP), nearest first. */
const STAND_OFF = [0, 10, 22, 38, 56, 76];
const DIAG = Math.SQRT1_2;
/** Unit directions, in order of preference: right, left, below, above, then the diagonals. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [DIAG, -DIAG],
  [DIAG, DIAG],
  [-DIAG, -DIAG],
  [-DIAG, DIAG],
  // Further out, steeper and shallower angles find gaps between neighbours.
  ...[0.38].flatMap((a): [number, number][] => {
    const b = Math.sqrt(1 - a * a);
    return [
      [b, -a],
      [b, a],
      [-b, -a],
      [-b, a],
      [a, -b],
      [a, b],
      [-a, -b],
      [-a, b],
    ];
  }),
];

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (outer: Box, b: Box) =>
  b.x0 >= outer.x0 && b.x1 <= outer.x1 && b.y0 >= outer.y0 && b.y1 <= outer.y1;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The circle (with `pad` px more) and the box share some area. */
export function circleHitsBox(cx: number, cy: number, r: number, b: Box, pad = 0): boolean {
  const dx = cx - clamp(cx, b.x0, b.x1);
  const dy = cy - clamp(cy, b.y0, b.y1);
  return dx * dx + dy * dy < (r + pad) * (r + pad);
}

/** The segment crosses the box (Liang-Barsky clipping). */
export function segmentHitsBox([x1, y1, x2, y2]: readonly number[], b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2! - x1!;
  const dy = y2! - y1!;
  const edges: [number, number][] = [
    [-dx, x1! - b.x0],
    [dx, b.x1 - x1!],
    [-dy, y1! - b.y0],
    [dy, b.y1 - y1!],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return t1 - t0 > 1e-6;
}

function segmentHitsCircle([x1, y1, x2, y2]: readonly number[], cx: number, cy: number, r: number): boolean {
  const dx = x2! - x1!;
  const dy = y2! - y1!;
  const len2 = dx * dx + dy * dy || 1;
  const t = clamp(((cx - x1!) * dx + (cy - y1!) * dy) / len2, 0, 1);
  return Math.hypot(x1! + t * dx - cx, y1! + t * dy - cy) < r;
}

/** A label box of w×h beside the circle (cx, cy, r), `off` px out in direction d. */
function boxAt(
  cx: number,
  cy: number,
  r: number,
  w: number,
  h: number,
  [ux, uy]: [number, number],
  off: number,
) {
  const reach = r + off;
  // The box's point nearest the circle lies on the ray: its edge for the four sides, its corner for
  // the diagonals.
  const px = cx + ux * reach;
  const py = cy + uy * reach;
  const x0 = ux > 0.1 ? px : ux < -0.1 ? px - w : px - w / 2;
  const y0 = uy > 0.1 ? py : uy < -0.1 ? py - h : py - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

interface Unit {
  members: LabelItem[];
  x: number;
  y: number;
  r: number;
}

function unitOf(members: LabelItem[]): Unit {
  const sorted = [...members].sort(byImportance);
  if (sorted.length === 1) {
    const m = sorted[0]!;
    return { members: sorted, x: m.x, y: m.y, r: m.r };
  }
  const x0 = Math.min(...sorted.map((m) => m.x - m.r));
  const x1 = Math.max(...sorted.map((m) => m.x + m.r));
  const y0 = Math.min(...sorted.map((m) => m.y - m.r));
  const y1 = Math.max(...sorted.map((m) => m.y + m.r));
  const x = (x0 + x1) / 2;
  const y = (y0 + y1) / 2;
  const r = Math.max(...sorted.map((m) => Math.hypot(m.x - x, m.y - y) + m.r));
  return { members: sorted, x, y, r };
}

const byImportance = (a: LabelItem, b: LabelItem) =>
  Number(!!b.pinned) - Number(!!a.pinned) || b.priority - a.priority || a.id.localeCompare(b.id);

/** One's centre lies under the other's symbol: they cannot be told or clicked apart. */
const buried = (a: LabelItem, b: LabelItem) => Math.hypot(a.x - b.x, a.y - b.y) < Math.max(a.r, b.r);

const defaultClusterText = (top: string, count: number) => `${top} +${count - 1}`;

export function placePlaceLabels(items: readonly LabelItem[], opts: PlacementOptions): Placement {
  const size = opts.size;
  const h = size * LABEL_LINE_HEIGHT;
  const width = opts.width ?? estimateTextWidth;
  const clusterText = opts.clusterText ?? defaultClusterText;
  const viewport = opts.viewport ?? null;
  const occluders = opts.occluders ?? [];
  const visible = (it: LabelItem) =>
    !viewport || (it.x >= viewport.x0 && it.x <= viewport.x1 && it.y >= viewport.y0 && it.y <= viewport.y1);

  // 1. Clusters of buried symbols (union-find over the visible, unpinned places).
  const free = items.filter((it) => visible(it) && !it.pinned);
  const parent = free.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < free.length; i++)
    for (let j = i + 1; j < free.length; j++) if (buried(free[i]!, free[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, LabelItem[]>();
  free.forEach((it, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), it]));
  const pinned = items.filter((it) => visible(it) && it.pinned).map((it) => unitOf([it]));
  let units = [...groups.values()].map(unitOf);

  // 2-3. Place, and merge what finds no room into its nearest neighbour, until all fit.
  for (;;) {
    const { labels, failed } = placeUnits([...pinned, ...units]);
    const failing = failed.filter((u) => !u.members[0]!.pinned);
    if (failing.length === 0 || units.length < 2) return finish(labels, [...pinned, ...units]);
    // The least important unit that failed joins its nearest neighbour.
    const loser = failing.sort((a, b) => byImportance(b.members[0]!, a.members[0]!))[0]!;
    const others = units.filter((u) => u !== loser);
    const nearest = others.sort(
      (a, b) =>
        Math.hypot(a.x - loser.x, a.y - loser.y) - a.r - (Math.hypot(b.x - loser.x, b.y - loser.y) - b.r),
    )[0]!;
    units = [...others.filter((u) => u !== nearest), unitOf([...nearest.members, ...loser.members])];
  }

  function textOf(u: Unit) {
    const top = u.members[0]!;
    return u.members.length === 1 ? top.text : clusterText(top.text, u.members.length);
  }

  function placeUnits(all: Unit[]) {
    const boxes: Box[] = [];
    const leaders: [number, number, number, number][] = [];
    const labels = new Map<Unit, PlacedLabel>();
    const failed: Unit[] = [];
    const order = [...all].sort((a, b) => byImportance(a.members[0]!, b.members[0]!));
    for (const u of order) {
      const text = textOf(u);
      const w = width(text, size);
      const own = new Set(u.members);
      let chosen: { box: Box; leader: PlacedLabel['leader'] } | null = null;
      search: for (const off of STAND_OFF)
        for (const d of DIRECTIONS) {
          const box = boxAt(u.x, u.y, u.r, w, h, d, GAP + off);
          if (viewport && !inside(viewport, box)) continue;
          if (occluders.some((o) => overlaps(o, box))) continue;
          if (boxes.some((b) => overlaps(b, box))) continue;
          if (items.some((it) => circleHitsBox(it.x, it.y, it.r, box, 1))) continue;
          if (leaders.some((l) => segmentHitsBox(l, box))) continue;
          let leader: PlacedLabel['leader'] = null;
          if (off > 0) {
            const tx = clamp(u.x, box.x0, box.x1);
            const ty = clamp(u.y, box.y0, box.y1);
            const len = Math.hypot(tx - u.x, ty - u.y) || 1;
            const k = (u.r + 1) / len;
            leader = [u.x + (tx - u.x) * k, u.y + (ty - u.y) * k, tx, ty];
            if (boxes.some((b) => segmentHitsBox(leader!, b))) continue;
            if (items.some((it) => !own.has(it) && segmentHitsCircle(leader!, it.x, it.y, it.r))) continue;
          }
          chosen = { box, leader };
          break search;
        }
      if (!chosen) {
        failed.push(u);
        // A pinned place is labelled anyway, on its right.
        if (!u.members[0]!.pinned) continue;
        chosen = { box: boxAt(u.x, u.y, u.r, w, h, [1, 0], GAP), leader: null };
      }
      boxes.push(chosen.box);
      if (chosen.leader) leaders.push(chosen.leader);
      const top = u.members[0]!;
      const x = (chosen.box.x0 + chosen.box.x1) / 2;
      const y = (chosen.box.y0 + chosen.box.y1) / 2;
      labels.set(u, {
        text,
        anchor: top.id,
        box: chosen.box,
        x,
        y,
        dx: x - top.x,
        dy: y - top.y,
        leader: chosen.leader,
      });
    }
    return { labels, failed };
  }

  function finish(labels: Map<Unit, PlacedLabel>, all: Unit[]): Placement {
    const out: Placement = {
      labels: new Map(),
      clusters: [],
      clusterOf: new Map(),
      regions: new Set(),
      unlabelled: [],
    };
    for (const u of all) {
      const label = labels.get(u) ?? null;
      if (!label) out.unlabelled.push(...u.members.map((m) => m.id));
      if (u.members.length === 1) {
        if (label) out.labels.set(u.members[0]!.id, label);
        continue;
      }
      const cluster: LabelCluster = {
        id: `cluster:${u.members[0]!.id}`,
        members: u.members.map((m) => m.id),
        x: u.x,
        y: u.y,
        r: u.r,
        label,
      };
      out.clusters.push(cluster);
      for (const m of u.members) out.clusterOf.set(m.id, cluster);
    }
    const placed = [...labels.values(), ...out.clusters.flatMap((c) => (c.label ? [c.label] : []))];
    const placedBoxes = placed.map((l) => l.box);
    const placedLeaders = placed.flatMap((l) => (l.leader ? [l.leader] : []));
    for (const reg of opts.regions ?? []) {
      const rw = width(reg.text, reg.size) + 2;
      const rh = reg.size * LABEL_LINE_HEIGHT;
      const box = { x0: reg.x - rw / 2, y0: reg.y - rh / 2, x1: reg.x + rw / 2, y1: reg.y + rh / 2 };
      // A province name touching a place's name reads as one ("云南长沙"): keep half a character apart.
      const m = reg.size / 2;
      const near = { x0: box.x0 - m, y0: box.y0 - m / 2, x1: box.x1 + m, y1: box.y1 + m / 2 };
      if (items.some((it) => circleHitsBox(it.x, it.y, it.r, box, 1))) continue;
      if (placedBoxes.some((b) => overlaps(b, near))) continue;
      if (placedLeaders.some((l) => segmentHitsBox(l, box))) continue;
      out.regions.add(reg.id);
    }
    return out;
  }
}
