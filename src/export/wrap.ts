// Greedy line breaking for slide text: Latin breaks at spaces, CJK between any two characters, and a
// run wider than the line (a URL) anywhere. Widths come from a measure function (the canvas's own in
// the PNG, an estimate in the SVG).
export type Measure = (text: string, size: number, weight?: number) => number;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Estimated width: CJK glyphs about one em, Latin about 0.6 em (a little wider when bold). */
export const estimateWidth: Measure = (text, size, weight = 400) => {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? size : size * (weight >= 600 ? 0.62 : 0.56);
  return w;
};

function tokens(text: string): string[] {
  return (
    text.match(/[\u3000-\u9fff\uff00-\uffef][,.;:!?)\]、。,:;)]*|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ??
    []
  );
}

export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  measure: Measure = estimateWidth,
  weight?: number,
): string[] {
  const fits = (s: string) => measure(s.trimEnd(), size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const tok of tokens(text)) {
    if (fits(line + tok)) {
      line += tok;
      continue;
    }
    if (line) push();
    if (fits(tok)) {
      line = tok.trimStart();
      continue;
    }
    // Longer than a line on its own: break it between characters.
    for (const ch of tok) {
      if (!fits(line + ch)) push();
      line += ch;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
