// Keys a presenter's clicker (or keyboard) sends during a tour, as a pure reducer: a key and the
// tour's state in, the next state out. The slide index changes synchronously, so a key pressed
// during a camera flight moves on at once (the new slide's camera intent replaces the flight) and
// is never lost or doubled.

export interface KeyState {
  /** 1-based slide number. */
  slide: number;
  count: number;
  /** Digits typed so far for "number + Enter". */
  buffer: string;
  blank: boolean;
  paused: boolean;
}

export type TourCommand =
  | { type: 'go'; slide: number }
  | { type: 'digit'; digit: string }
  | { type: 'blank' }
  | { type: 'unblank' }
  | { type: 'fullscreen' }
  /** Open (or bring forward) the presenter view on the laptop's screen. */
  | { type: 'presenter' }
  | { type: 'pause' }
  | { type: 'resume' };

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const MAX_DIGITS = 3;

const clamp = (n: number, count: number) => Math.min(Math.max(n, 1), count);

/** What a key means in this state, or null if the tour ignores it (the page keeps it). */
export function keyToCommand(key: string, s: KeyState): TourCommand | null {
  if (s.paused) return key === 'r' || key === 'R' ? { type: 'resume' } : null;
  // A blank screen comes back with any key, which does nothing else.
  if (s.blank) return { type: 'unblank' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  if (key === 'Enter')
    return { type: 'go', slide: s.buffer ? clamp(Number(s.buffer), s.count) : clamp(s.slide + 1, s.count) };
  if (FORWARD.has(key)) return { type: 'go', slide: clamp(s.slide + 1, s.count) };
  if (BACK.has(key)) return { type: 'go', slide: clamp(s.slide - 1, s.count) };
  if (key === 'Home') return { type: 'go', slide: 1 };
  if (key === 'End') return { type: 'go', slide: s.count };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'p' || key === 'P') return { type: 'presenter' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'blank' };
  if (key === 'Escape') return { type: 'pause' };
  return null;
}

/** The state after a command (fullscreen and the presenter view are side effects the caller carries out). */
export function applyCommand(s: KeyState, c: TourCommand): KeyState {
  switch (c.type) {
    case 'go':
      return { ...s, slide: c.slide, buffer: '' };
    case 'digit':
      return { ...s, buffer: (s.buffer + c.digit).slice(-MAX_DIGITS) };
    case 'blank':
      return { ...s, blank: true, buffer: '' };
    case 'unblank':
      return { ...s, blank: false, buffer: '' };
    case 'pause':
      return { ...s, paused: true, blank: false, buffer: '' };
    case 'resume':
      return { ...s, paused: false, buffer: '' };
    case 'fullscreen':
    case 'presenter':
      return { ...s, buffer: '' };
  }
}

/** A sequence of keys from a state (for tests and for reasoning about clickers). */
export const reduceKeys = (s: KeyState, keys: readonly string[]): KeyState =>
  keys.reduce((st, k) => {
    const c = keyToCommand(k, st);
    return c ? applyCommand(st, c) : st;
  }, s);

/** Keys typed into a field (search) belong to the field. Checked by shape, not `instanceof`: a key
 * from the presenter window comes from another realm, whose elements are not this window's HTMLElement. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as Partial<HTMLElement> | null;
  if (!el || el.nodeType !== 1 || typeof el.tagName !== 'string') return false;
  return el.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}
