// Building blocks of the seed format: ids, dates with precision, quantities, provenance.
// Values that need flattening for Neo4j parse into small classes, so the normaliser can
// recognise them with `instanceof` instead of guessing from an object's shape.
import { z } from 'zod';

export type DatePrecision = 'year' | 'month' | 'day';

export class SeedDate {
  constructor(
    /** The date as written: `2026`, `2025-11` or `2026-01-07`. */
    readonly text: string,
    readonly precision: DatePrecision,
    readonly inferred: boolean,
    readonly rationale: string | undefined,
  ) {}

  /** The first day the date can mean, for storage and ordering (`2025-11` → `2025-11-01`). */
  get start(): string {
    return this.precision === 'year'
      ? `${this.text}-01-01`
      : this.precision === 'month'
        ? `${this.text}-01`
        : this.text;
  }
}

export class Quantity {
  constructor(
    readonly value: number,
    readonly unit: string,
    readonly approximate: boolean,
  ) {}
}

/** A whole number that must reach Neo4j as an Integer, not a Float (counts, months). */
export class WholeNumber {
  constructor(readonly value: number) {}
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function precisionOf(text: string): DatePrecision | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return 'year';
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  if (day === undefined) return 'month';
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day)
    ? 'day'
    : undefined;
}

const DATE_MESSAGE = 'expected a calendar date written YYYY, YYYY-MM or YYYY-MM-DD';

// YAML reads an unquoted `2026` as a number; a bare year is still a date.
const DateText = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string({ error: DATE_MESSAGE }).refine((text) => precisionOf(text) !== undefined, DATE_MESSAGE),
);

const DateObject = z
  .strictObject({
    on: DateText,
    inferred: z.boolean().default(false),
    rationale: z.string().min(1).optional(),
  })
  .refine((date) => !date.inferred || date.rationale !== undefined, {
    message: 'an inferred date needs a rationale',
    path: ['rationale'],
  });

/** `2025-11`, or `{ on: "2025-11", inferred: true, rationale: "…" }`. */
export const SeedDateSchema = z.union([DateText, DateObject]).transform((input) => {
  const date = typeof input === 'string' ? { on: input, inferred: false } : input;
  const precision = precisionOf(date.on) as DatePrecision;
  return new SeedDate(
    date.on,
    precision,
    date.inferred,
    'rationale' in date ? date.rationale : undefined,
  );
});

const NAMED_UNITS = ['percent', 'percentage_points', 'metric_ton', 'index_points', 'count'];

export const UnitSchema = z
  .string()
  .refine((unit) => /^[A-Z]{3}$/.test(unit) || NAMED_UNITS.includes(unit), {
    message: `expected an ISO 4217 currency code (JPY, USD …) or one of: ${NAMED_UNITS.join(', ')}`,
  });

/** `{ value: 660000000000, unit: JPY }`; `approximate: true` for "about", "around", "roughly". */
export const QuantitySchema = z
  .strictObject({
    value: z.number(),
    unit: UnitSchema,
    approximate: z.boolean().default(false),
  })
  .transform((q) => new Quantity(q.value, q.unit, q.approximate));

export const WholeNumberSchema = z
  .number()
  .int()
  .nonnegative()
  .transform((n) => new WholeNumber(n));

const SLUG = '[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?';

export const NodeIdSchema = z
  .string()
  .regex(new RegExp(`^[a-z][a-z-]*:${SLUG}$`), 'expected an id like "kind:readable-slug"');

/** An id that must carry its label's prefix, so `person:…` can never name a Company. */
export function idWithPrefix(prefix: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}:${SLUG}$`), `expected an id like "${prefix}:readable-slug"`);
}

export const SourceIdSchema = idWithPrefix('source');

export const UpperSnakeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, 'expected UPPER_SNAKE_CASE');

export const NonEmptyText = z.string().trim().min(1);
export const Confidence = z.number().min(0).max(1);

/** Fields every asserted fact carries; `sourceIds` falls back to the file's `defaultSourceIds`. */
export const provenanceFields = {
  sourceIds: z.array(SourceIdSchema).min(1).optional(),
  quote: z.string().min(1).optional(),
  confidence: Confidence,
  inferred: z.boolean().default(false),
  rationale: NonEmptyText.optional(),
};

/**
 * Other names a node goes by. A plain name shares the node's provenance ("MHI" where the node's
 * quote already gives it); `{ name, quote | inferred + rationale, … }` is an alias that is a fact
 * of its own ("Beijing" for China's government, said by the article's own words).
 */
export const AliasEntrySchema = z.lazy(() =>
  provenanceRules(
    z.strictObject({
      name: NonEmptyText,
      ...provenanceFields,
      confidence: Confidence.optional(),
    }),
  ),
);
export const Aliases = z.array(z.union([NonEmptyText, AliasEntrySchema])).min(1);
export type AliasEntry = string | z.output<typeof AliasEntrySchema>;

/** An alias's name, whichever form it is written in. */
export const aliasName = (alias: AliasEntry) => (typeof alias === 'string' ? alias : alias.name);

interface ProvenanceLike {
  quote?: unknown;
  inferred?: unknown;
  rationale?: unknown;
}

// Run the rules even when other fields of the entry failed, as long as it is an object at all,
// so that one bad field does not hide a missing quote.
const whenAnObject = (payload: { value: unknown }) =>
  typeof payload.value === 'object' && payload.value !== null;

/** A stated fact needs its quote; an inferred one needs the analyst's reasoning. */
export function provenanceRules<T extends z.ZodType>(schema: T): T {
  return schema
    .refine((fact) => isInferred(fact) || has((fact as ProvenanceLike).quote), {
      message: 'a fact that is not inferred needs a quote: the exact words of its source',
      path: ['quote'],
      when: whenAnObject,
    })
    .refine((fact) => !isInferred(fact) || has((fact as ProvenanceLike).rationale), {
      message: 'an inferred fact needs a rationale: why the analyst concluded it',
      path: ['rationale'],
      when: whenAnObject,
    });
}

const isInferred = (fact: unknown) => (fact as ProvenanceLike).inferred === true;
const has = (value: unknown) => typeof value === 'string' && value.length > 0;
