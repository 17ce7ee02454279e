import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601: YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'string' && isIsoDay(value)) return value;
    throw new GraphQLError(
      `Invalid Date ${JSON.stringify(value)}: expected a real day as YYYY-MM-DD.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  },
});

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
