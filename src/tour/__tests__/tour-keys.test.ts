import { describe, expect, test } from 'vitest';
import { isTypingTarget, keyToCommand, reduceKeys, type KeyState } from '../tour-keys';

const start: KeyState = { slide: 1, count: 12, buffer: '', blank: false, paused: false };
const at = (keys: string[], from: Partial<KeyState> = {}) => reduceKeys({ ...start, ...from }, keys);

describe('presenter keys', () => {
  test('every clicker key moves exactly one slide', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(at([k]).slide).toBe(2);
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])
      expect(at([k], { slide: 5 }).slide).toBe(4);
  });
  test('a burst of keys (as during a flight) is neither lost nor doubled', () => {
    expect(at(['PageDown', 'PageDown', 'PageDown', 'PageUp']).slide).toBe(3);
  });
  test('Home, End and the ends of the tour', () => {
    expect(at(['End']).slide).toBe(12);
    expect(at(['Home'], { slide: 7 }).slide).toBe(1);
    expect(at(['PageDown'], { slide: 12 }).slide).toBe(12);
    expect(at(['PageUp']).slide).toBe(1);
  });
  test('a number then Enter jumps (clamped); digits alone do nothing', () => {
    expect(at(['1', '0', 'Enter']).slide).toBe(10);
    expect(at(['7']).slide).toBe(1);
    expect(at(['9', '9', 'Enter']).slide).toBe(12);
    expect(at(['0', 'Enter']).slide).toBe(1);
    // Another command clears the typed number.
    expect(at(['5', 'PageDown', 'Enter']).slide).toBe(3);
  });
  test('B or . blanks; the next key only restores the screen', () => {
    const blank = at(['PageDown', 'b']);
    expect(blank).toMatchObject({ slide: 2, blank: true });
    expect(at(['PageDown'], blank)).toMatchObject({ slide: 2, blank: false });
    expect(at(['.'])).toMatchObject({ blank: true });
  });
  test('Esc pauses; keys then belong to the page until R resumes on the same slide', () => {
    const paused = at(['PageDown', 'PageDown', 'Escape']);
    expect(paused).toMatchObject({ slide: 3, paused: true });
    expect(at(['PageDown', 'End'], paused)).toMatchObject({ slide: 3, paused: true });
    expect(at(['r'], paused)).toMatchObject({ slide: 3, paused: false });
  });
  test('P opens the presenter view without moving; not while paused, and on a blank screen it only restores', () => {
    for (const k of ['p', 'P']) expect(keyToCommand(k, start)).toEqual({ type: 'presenter' });
    expect(at(['4', 'p', 'Enter'])).toMatchObject({ slide: 2, buffer: '' });
    expect(keyToCommand('p', { ...start, paused: true })).toBeNull();
    expect(keyToCommand('p', { ...start, blank: true })).toEqual({ type: 'unblank' });
  });
  test('a field in another window (the presenter view) is still a field', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const input = doc.createElement('input');
    doc.body.append(input);
    expect(input instanceof HTMLElement).toBe(false); // another realm
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(doc.createElement('div'))).toBe(false);
    expect(isTypingTarget(frame.contentWindow)).toBe(false);
    frame.remove();
  });
});
