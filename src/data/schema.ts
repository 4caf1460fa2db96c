// Runtime schemas for everything under geo/. Data is validated once, at the boundary (load-data.ts);
// nothing downstream re-checks shapes. Types are inferred from the schemas so they cannot drift.
// The browser never runs these: geo/ is validated at build time (scripts/data-plugin.ts).
import { z } from 'zod';

import { LAYER_IDS, PLACE_KINDS, SCENARIOS, UNITS } from './constants.ts';

export type { LayerId, PlaceKind, Scenario } from './constants.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug');
const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
/** ISO date, month or year: 2021, 2021-04, 2021-04-28. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date, month or year');
const sourceIds = z.array(z.string().min(1)).min(1);

export const figureSchema = z
  .object({
    value: z.number().finite(),
    /** The number exactly as the source prints it (e.g. "656.20", "201,7", "7.44 million"). */
    published: z.string().min(1),
    unit: z.enum(UNITS),
    asOf: isoDate,
    asOfNote: z.enum(['paper-currently', 'paper-undated', 'reply-published-2021-10']).optional(),
    source: z.string().min(1),
    qualifier: z.enum(['more-than', 'at-least', 'about']).optional(),
    /** Key of a visible caveat in src/i18n (e.g. a unit that is probably wrong as printed). */
    unitNote: z.enum(['table3-mileage-likely-10k-km', 'wuhan-mileage-unit-doubtful']).optional(),
    period: z.string().optional(),
    note: bilingual.optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const labelledFigureSchema = figureSchema.extend({ id: slug, label: bilingual }).strict();
export type LabelledFigure = z.infer<typeof labelledFigureSchema>;

const table3Schema = z
  .object({
    row: z.string().min(1),
    openedTestRoads: figureSchema,
    testedMileage: figureSchema.nullable(),
    licences: figureSchema,
    testSubjects: z.array(z.string().min(1)),
  })
  .strict();
export type Table3Row = z.infer<typeof table3Schema>;

const scenarioRowSchema = z
  .object({
    row: z.string().min(1),
    codes: z.array(z.enum(SCENARIOS)).min(1),
    printedTotal: z.number().int(),
    asOf: isoDate,
    source: z.string().min(1),
  })
  .strict();
export type ScenarioRow = z.infer<typeof scenarioRowSchema>;

const milestoneSchema = z
  .object({ date: isoDate.nullable(), text: bilingual, source: z.string().min(1) })
  .strict();
export type Milestone = z.infer<typeof milestoneSchema>;

export const placeSchema = z
  .object({
    id: slug,
    name: bilingual,
    /** Toneless pinyin, for search. */
    pinyin: z.string().regex(/^[a-z]+$/),
    aliases: z.array(z.string().min(1)).optional(),
    kind: z.enum(PLACE_KINDS),
    province: bilingual,
    /** Table 3 of the paper (CAICV 2022); null = the place is not in the table. */
    table3: table3Schema.nullable(),
    /** Table 4 of the paper (CAICV 2022); null = not reported (never "none"). */
    scenarios: scenarioRowSchema.nullable(),
    facts: z.array(labelledFigureSchema),
    milestones: z.array(milestoneSchema),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

export const zonePropertiesSchema = z
  .object({
    id: slug,
    layer: z.enum(LAYER_IDS),
    name: bilingual,
    place: slug,
    locality: bilingual,
    province: bilingual,
    /** ISO date / month / year; null where no retrieved source gives one. */
    designated: isoDate.nullable(),
    /** The reference's full wording about the date(s). */
    designatedNote: z.string().min(1),
    /** "by": the designation happened no later than `designated`. */
    designatedQualifier: z.literal('by').optional(),
    designatedBy: z.string().min(1),
    operator: z.string().optional(),
    batch: z.union([z.literal(1), z.literal(2)]).optional(),
    order: z.number().int().optional(),
    sources: sourceIds,
    confidence: z.enum(['high', 'medium', 'low']),
    located: z.enum(['site', 'city-centre']),
    locationNote: z.string().min(1),
    /** Where the point comes from GeoNames (city centre): its GeoNames id. */
    geonamesId: z.number().int().positive().optional(),
    notes: z.string().optional(),
  })
  .strict();
export type ZoneProperties = z.infer<typeof zonePropertiesSchema>;

export const zoneFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]),
  }),
  properties: zonePropertiesSchema,
});
export type ZoneFeature = z.infer<typeof zoneFeatureSchema>;

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]+$/),
    kind: z.enum(['paper', 'report', 'official-document', 'web-copy']),
    title: z.string().min(1),
    /** Short citation for source markers, e.g. "CAICV 2022". */
    short: z.string().optional(),
    titleZh: z.string().optional(),
    author: z.string().optional(),
    publisher: z.string().optional(),
    date: z.string().min(1),
    number: z.string().nullable().optional(),
    url: z.url().nullable(),
    citedIn: z.string().optional(),
    copies: z.array(z.string()).optional(),
    note: z.string().optional(),
    /** paper: the paper and what it cites; reference: the designations fact sheet; atlas: added by this project. */
    origin: z.enum(['paper', 'reference', 'atlas']),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

const policySchema = z
  .object({ year: z.number().int(), title: bilingual, issuer: z.string().min(1), source: z.string().min(1) })
  .strict();
export type Policy = z.infer<typeof policySchema>;

export const nationalSchema = z
  .object({
    policies: z.array(policySchema),
    sevPenetration: z.array(figureSchema.extend({ year: z.number().int() }).strict()),
    topSevBrands: z.array(figureSchema.extend({ rank: z.number().int(), brand: bilingual }).strict()),
    totals: z.array(
      labelledFigureSchema
        .extend({
          id: z.string().min(1),
          statedBy: z.string().optional(),
          alsoIn: z.array(z.string()).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type National = z.infer<typeof nationalSchema>;

/**
 * geo/zh.json: the 中文 of data texts that geo/ holds in English only (the reference fact sheet is in
 * English, and re-importing it rewrites the layers, so the Chinese lives beside them). `zhSource` says
 * where each Chinese text comes from: printed in the paper or the reference, taken from a stored copy
 * of the page (`copy`), an organisation's own Chinese name, or this project's translation (shown
 * marked as such). `keep` records why an English text stays as it is in 中文.
 */
const zhSourceSchema = z.enum(['paper', 'reference', 'stored-copy', 'proper-name', 'translation']);
export type ZhSource = z.infer<typeof zhSourceSchema>;
const zhTextSchema = z.union([
  z.object({ zh: z.string().min(1), zhSource: zhSourceSchema, copy: z.url().optional() }).strict(),
  z.object({ keep: z.enum(['proper-name', 'english-source']) }).strict(),
]);
const zhSourceTitleSchema = z
  .object({
    /** The language the source itself is in. */
    lang: z.enum(['zh', 'en', 'it']),
    titleZh: z.string().min(1).optional(),
    zhSource: zhSourceSchema.optional(),
    copy: z.url().optional(),
    /** The source marker's text in 中文 (a label, not a title). */
    shortZh: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => (s.titleZh === undefined) === (s.zhSource === undefined), 'titleZh and zhSource go together')
  .refine((s) => s.zhSource !== 'stored-copy' || s.copy, 'a title from a stored copy names the copy')
  .refine((s) => s.lang !== 'zh' || s.titleZh, 'a Chinese-language source needs its Chinese title');
export const zhGlossarySchema = z
  .object({ texts: z.record(z.string(), zhTextSchema), sources: z.record(z.string(), zhSourceTitleSchema) })
  .strict()
  .refine(
    (g) => Object.values(g.texts).every((t) => !('zhSource' in t) || t.zhSource !== 'stored-copy' || t.copy),
    'a text from a stored copy names the copy',
  );
export type ZhGlossary = z.infer<typeof zhGlossarySchema>;
