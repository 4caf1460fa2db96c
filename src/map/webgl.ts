/** deck.gl 9 and MapLibre 5 need WebGL2; without it the page shows the list and panels only. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
