// The 中文 of data texts geo/ holds in English only (notes, operators, issuers, test subjects, source
// titles), from geo/zh.json. Pure lookups: a component asks for the text in its language and gets
// whether the Chinese is this project's translation, which it then marks ("（译）").
import glossary from '../../geo/zh.json';
import type { Lang } from '../i18n';
import type { Source, ZhGlossary, ZhSource } from './schema.ts';

export const ZH_GLOSSARY = glossary as unknown as ZhGlossary;

export interface DataText {
  text: string;
  /** True when the text shown is this project's translation (never an original title or name). */
  translated: boolean;
  /** BCP 47 language of `text`. */
  lang: 'en' | 'zh-Hans';
}

/** A date or month as geo/ writes it: shown through formatDate rather than the glossary. */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A data text in `lang`; in 中文, its Chinese form if the glossary has one, else the text as it is. */
export function dataText(en: string, lang: Lang, g: ZhGlossary = ZH_GLOSSARY): DataText {
  const entry = lang === 'zh' ? g.texts[en] : undefined;
  if (entry && 'zh' in entry)
    return { text: entry.zh, translated: entry.zhSource === 'translation', lang: 'zh-Hans' };
  return { text: en, translated: false, lang: 'en' };
}

/** Plain string form of dataText (lists, CSV, attributes): a translation carries its mark. */
export function dataString(en: string, lang: Lang, mark: string, g: ZhGlossary = ZH_GLOSSARY): string {
  const t = dataText(en, lang, g);
  return t.translated ? `${t.text}${mark}` : t.text;
}

/** A list of names (Table 3's test subjects), each in `lang`, joined as the language writes lists. */
export function names(
  list: readonly string[],
  lang: Lang,
  mark: string,
  g: ZhGlossary = ZH_GLOSSARY,
): string {
  return list.map((n) => dataString(n, lang, mark, g)).join(lang === 'zh' ? '、' : ', ');
}

export interface SourceTitle {
  /** The title to show first: in 中文 the Chinese title (original or translated), in EN the English. */
  main: DataText;
  /** In EN, the original Chinese title after the English one (never a translation). */
  original?: string;
  /** Where the Chinese title was read, when it was taken from a stored copy of the page. */
  copy?: string;
  zhSource?: ZhSource;
}

export function sourceTitle(s: Source, lang: Lang, g: ZhGlossary = ZH_GLOSSARY): SourceTitle {
  const e = g.sources[s.id];
  const titleZh = e?.titleZh ?? s.titleZh;
  const zhSource = e?.zhSource ?? (s.titleZh ? 'reference' : undefined);
  if (lang === 'zh' && titleZh)
    return {
      main: { text: titleZh, translated: zhSource === 'translation', lang: 'zh-Hans' },
      copy: e?.copy,
      zhSource,
    };
  const en: DataText = { text: s.title, translated: false, lang: 'en' };
  return zhSource && zhSource !== 'translation' && titleZh
    ? { main: en, original: titleZh, copy: e?.copy, zhSource }
    : { main: en };
}

/** The source marker's text: a short label, in 中文 from the glossary or the Chinese title's head. */
export function shortLabel(s: Source, lang: Lang, g: ZhGlossary = ZH_GLOSSARY): string {
  const e = g.sources[s.id];
  if (lang === 'zh') {
    if (e?.shortZh) return e.shortZh;
    if (s.number) return s.number;
    const t = sourceTitle(s, lang, g).main;
    if (t.lang === 'zh-Hans') return clip(t.text.split(/[:：]/)[0]!.trim(), 16);
  }
  if (s.short) return s.short;
  return clip(s.title.split(':')[0]!.trim(), 42);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 2)}…` : text);
