/**
 * The one rule for "as of" questions on dates known only to the month or the year
 * (docs/exposure.md, "Dates at their precision"): a status change counts from the LAST day of its
 * period, the first day on which the evidence says it had surely happened. Before that, inside
 * the period, the change may or may not have happened: it does not count, and the answer says it
 * is uncertain and why. A change "2026-01" is never counted on 5 January because it might have
 * come on the 6th.
 */

export type Precision = 'day' | 'month' | 'year';

/** One status change of a measure, as the exposure queries read it (dated on or before asOf). */
export interface DatedChange {
  status: string;
  /** The first day of the period, `YYYY-MM-DD`. */
  on: string;
  precision: Precision;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the period a date stands for: itself for a day, the month's or year's end. */
export function countsFrom(on: string, precision: Precision): string {
  const [year = 0, month = 1] = on.split('-').map(Number);
  if (precision === 'year') return `${year}-12-31`;
  if (precision === 'month') {
    // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month)}-${pad(last)}`;
  }
  return on;
}

/** How a date reads at its precision: 2026-01 for a month, 2010 for a year. */
export function atPrecision(on: string, precision: Precision): string {
  return precision === 'year' ? on.slice(0, 4) : precision === 'month' ? on.slice(0, 7) : on;
}

export interface StatusAsOf {
  /** The status on `asOf`: the latest change (in the history's order) that counts by then. */
  status: string | null;
  /** Why the answer may be wrong on this day, or null when the evidence settles it. */
  uncertainty: string | null;
}

/**
 * A measure's status on `asOf` from its changes dated on or before it (retracted ones left out).
 * Changes come in the history's order (their index), which the reader keeps in date order.
 */
export function statusAsOf(changes: DatedChange[], asOf: string): StatusAsOf {
  const ordered = [...changes].sort((a, b) => a.index - b.index);
  let counted: DatedChange | undefined;
  for (const change of ordered)
    if (countsFrom(change.on, change.precision) <= asOf) counted = change;
  const pending = ordered.filter(
    (c) => c.index > (counted?.index ?? -1) && countsFrom(c.on, c.precision) > asOf,
  );
  const reasons = pending.map(
    (c) =>
      `${c.status} is dated ${atPrecision(c.on, c.precision)} (known to the ${c.precision} only): ` +
      `it counts from ${countsFrom(c.on, c.precision)}, the first day the evidence allows, ` +
      `but may already apply on ${asOf}`,
  );
  return {
    status: counted?.status ?? null,
    uncertainty: reasons.length > 0 ? `${reasons.join('; ')}.` : null,
  };
}
