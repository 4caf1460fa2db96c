// The place labels' type: shared by the deck.gl label layer and the SVG renderer (src/export/map-scene.ts),
// which must not import deck.gl (it also runs at build time, for the first paint).
export const LABEL_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
export const LABEL_SIZE = 13;
