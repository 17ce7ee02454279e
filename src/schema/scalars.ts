import { GraphQLError, type ValueNode, valueFromASTUntyped } from 'graphql';
import { builder } from '../builder.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseDay(value: unknown): string {
  if (typeof value === 'string' && isIsoDay(value)) return value;
  // The right shape but no such day (2024-13-45, 2025-02-30) is told so, not sent to the format.
  const why =
    typeof value === 'string' && ISO_DAY.test(value)
      ? 'there is no such day in the calendar'
      : 'expected a day as YYYY-MM-DD';
  throw new GraphQLError(`Invalid Date ${JSON.stringify(value)}: ${why}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A literal in the document, read as graphql-js' default would (its value, then parseValue), but
 * declared with one parameter: graphql-jit (src/graphql-jit.ts) logs an error for every scalar
 * whose parseLiteral takes the variables too, as the default does, though literals need none.
 */
const literal =
  <T>(parse: (value: unknown) => T) =>
  (node: ValueNode): T =>
    parse(valueFromASTUntyped(node));

builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601: YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseDay,
  parseLiteral: literal(parseDay),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** ISO 8601 with a zone: `2026-03-01T09:30:00Z`, `2026-03-01T18:30:00.250+09:00`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant in UTC to the millisecond (`2026-03-01T09:30:00.000Z`), or null when malformed. */
export function parseInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !INSTANT.test(value)) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  // Date accepts 2026-02-30T… by rolling over; refuse a day that is not in the calendar.
  const day = value.slice(0, 10);
  if (!isIsoDay(day)) return null;
  return date.toISOString();
}

// The builder's generic lists only `Date` (src/builder.ts belongs to the app's set-up); the
// scalar is typed here through its ref instead, which Pothos accepts as a field or argument type.
const scalarType = builder.scalarType.bind(builder) as (
  name: string,
  options: PothosSchemaTypes.ScalarTypeOptions<Types, string, string>,
) => PothosSchemaTypes.ScalarRef<Types, string, string, string>;

/** An instant: knowledge time (`knownAt`, `assertedAt`, `retracted.at`). */
export const DateTime = scalarType('DateTime', {
  description:
    'An instant, ISO 8601 with a zone: 2026-03-01T09:30:00Z or 2026-03-01T18:30:00+09:00. Answered in UTC.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: literal(parseDateTime),
});

function parseDateTime(value: unknown): string {
  const instant = parseInstant(value);
  if (instant !== null) return instant;
  throw new GraphQLError(
    `Invalid DateTime ${JSON.stringify(value)}: expected ISO 8601 with a zone, such as 2026-03-01T09:30:00Z.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How much of a date the source gives: "November 2025" is MONTH.',
  values: { DAY: { value: 'day' }, MONTH: { value: 'month' }, YEAR: { value: 'year' } },
});

export interface PartialDateShape {
  date: string;
  precision: 'day' | 'month' | 'year';
  inferred: boolean;
  rationale: string | null;
}

export const PartialDate = builder.objectRef<PartialDateShape>('PartialDate').implement({
  description:
    'A date with its precision: `date` is the first day of the period the source names. `inferred` dates are not printed in the source.',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    precision: t.field({ type: DatePrecision, resolve: (d) => d.precision }),
    inferred: t.exposeBoolean('inferred'),
    rationale: t.exposeString('rationale', { nullable: true }),
  }),
});

/** Reads the flattened `<field>`, `<field>Precision`, `<field>Inferred`, `<field>Rationale`. */
export function partialDate(
  props: Record<string, unknown>,
  field: string,
): PartialDateShape | null {
  const date = props[field];
  if (typeof date !== 'string') return null;
  return {
    date,
    precision: (props[`${field}Precision`] as PartialDateShape['precision']) ?? 'day',
    inferred: props[`${field}Inferred`] === true,
    rationale: (props[`${field}Rationale`] as string | undefined) ?? null,
  };
}

export interface QuantityShape {
  value: number;
  unit: string;
  approximate: boolean;
}

export const Quantity = builder.objectRef<QuantityShape>('Quantity').implement({
  description:
    'An amount with its unit: an ISO 4217 currency (JPY, USD), percent, percentage_points, metric_ton, index_points or count.',
  fields: (t) => ({
    value: t.exposeFloat('value'),
    unit: t.exposeString('unit'),
    approximate: t.exposeBoolean('approximate', { description: '"about", "around", "roughly"' }),
  }),
});

/** Reads the flattened `<field>Value`, `<field>Unit`, `<field>Approximate`. */
export function quantity(props: Record<string, unknown>, field: string): QuantityShape | null {
  const value = props[`${field}Value`];
  if (typeof value !== 'number') return null;
  return {
    value,
    unit: String(props[`${field}Unit`] ?? ''),
    approximate: props[`${field}Approximate`] === true,
  };
}
