// The two time scalars every as-of and knownAt question goes through: `Date` (a real calendar
// day, YYYY-MM-DD) and `DateTime` (an instant with a zone). A bad one is refused naming the
// variable, before any resolver runs; a good one gets an answer.
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const db = testDatabase();
// A firm that does not exist: a valid question is answered with a NotFoundError, cheaply.
const NOBODY = globalId('Company', 'company:xdates-nobody');
const ask = (asOf: unknown, knownAt: unknown) =>
  run(
    db,
    'query($f: ID!, $asOf: Date, $knownAt: DateTime) { exposure(firm: $f, asOf: $asOf, knownAt: $knownAt) { error { __typename } } }',
    { f: NOBODY, asOf, knownAt },
  );

describe('Date', () => {
  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '1999-09-09'])('takes %s', async (day) => {
    const { data, errors } = await ask(day, null);
    expect(errors).toBeUndefined();
    expect(data.exposure.error.__typename).toBe('NotFoundError');
  });

  it.each([
    '2023-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '2026-01-1',
    '26-01-01',
    '02026-01-01',
    '2026-01-01x',
    ' 2026-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
  ])('refuses %j', async (day) => {
    const { errors } = await ask(day, null);
    // The right shape but no such day is told so; anything else is told the shape.
    const why = /^\d{4}-\d{2}-\d{2}$/.test(String(day))
      ? 'there is no such day in the calendar'
      : 'expected a day as YYYY-MM-DD';
    expect(errors?.[0]?.message).toBe(
      `Variable "$asOf" got invalid value ${JSON.stringify(day)}; Invalid Date ${JSON.stringify(day)}: ${why}.`,
    );
  });

  it('says of 2024-13-45 that there is no such day, not that its shape is wrong', async () => {
    const { errors } = await ask('2024-13-45', null);
    expect(errors?.[0]?.message).toMatch(/"2024-13-45": there is no such day in the calendar\.$/);
  });
});

describe('DateTime', () => {
  it.each([
    '2026-03-01T09:30:00Z',
    '2026-03-01T09:30Z',
    '2026-03-01T09:30:00.5Z',
    '2026-03-01T09:30:00.123456789+09:00',
    '2026-03-01T09:30:00-05:00',
    '2024-02-29T23:59:59.999Z',
  ])('takes %s', async (instant) => {
    const { data, errors } = await ask(null, instant);
    expect(errors).toBeUndefined();
    expect(data.exposure.error.__typename).toBe('NotFoundError');
  });

  it.each([
    '2026-03-01T09:30:00',
    '2026-03-01',
    '2026-02-30T09:30:00Z',
    '2023-02-29T09:30:00Z',
    '2026-03-01 09:30:00Z',
    '2026-03-01T9:30:00Z',
    '2026-03-01T09:3Z',
    '2026-03-01T09:30:0Z',
    '2026-03-01T09:30:00.Z',
    '2026-03-01T09:30:00.1234567890Z',
    '2026-03-01T09:30:00+0900',
    '2026-03-01T09:30:00+9:00',
    '2026-03-01T25:30:00Z',
    'x2026-03-01T09:30:00Z',
    '2026-03-01T09:30:00Zx',
    '',
    1772357400000,
  ])('refuses %j', async (instant) => {
    const { errors } = await ask(null, instant);
    expect(errors?.[0]?.message).toBe(
      `Variable "$knownAt" got invalid value ${JSON.stringify(instant)}; Invalid DateTime ${JSON.stringify(instant)}: expected ISO 8601 with a zone, such as 2026-03-01T09:30:00Z.`,
    );
  });
});
