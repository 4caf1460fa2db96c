// The one place UI text comes from. `t(messages, 'place.asOf', { date })` style lookups are avoided in
// favour of typed objects: components read `m.place.asOf` and fill placeholders with `fill`.
import { en, type Messages } from './en';
import { zh } from './zh';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export const MESSAGES: Record<Lang, Messages> = { en, zh };

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** The language of a messages object (components that receive `m` but not `lang`). */
export const langOf = (m: Messages): Lang => (m === zh ? 'zh' : 'en');
