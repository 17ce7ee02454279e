/**
 * Dates at their precision (docs/exposure.md): a status change counts from the last day of its
 * period, and an answer inside the period says it is uncertain, and why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsFrom, statusAsOf } from '../../src/exposure/as-of.ts';
import { EXPOSURE_WEIGHTS as W } from '../../src/exposure/weights.ts';
import { writeFiles } from '../../src/load/write.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { COUNTRIES, country, firm, MEASURES, PREFIX, scopeGraph } from './scope-graph.ts';

describe('the rule', () => {
  it('counts a change from the last day of its period', () => {
    expect(countsFrom('2026-01-06', 'day')).toBe('2026-01-06');
    expect(countsFrom('2026-01-01', 'month')).toBe('2026-01-31');
    expect(countsFrom('2024-02-01', 'month')).toBe('2024-02-29');
    expect(countsFrom('2010-01-01', 'year')).toBe('2010-12-31');
  });

  it('never counts a month-dated change on a day of that month before its last', () => {
    const changes = [
      { status: 'UNDER_CONSIDERATION', on: '2026-01-01', precision: 'month' as const, index: 0 },
    ];
    const early = statusAsOf(changes, '2026-01-05');
    expect(early.status).toBeNull();
    expect(early.uncertainty).toMatch(
      /UNDER_CONSIDERATION is dated 2026-01 .* counts from 2026-01-31/,
    );
    expect(statusAsOf(changes, '2026-01-31')).toEqual({
      status: 'UNDER_CONSIDERATION',
      uncertainty: null,
    });
  });
});

const db = testDatabase();

beforeAll(() => writeFiles(db, [scopeGraph()]));
afterAll(() =>
  db.runText(
    'MATCH (n:Entity) WHERE n.id CONTAINS $prefix OR n.id IN $countries DETACH DELETE n',
    { prefix: PREFIX, countries: COUNTRIES.map(country) },
    'WRITE',
  ),
);

interface Answer {
  total: number;
  uncertain: boolean;
  uncertainty: string | null;
  measures: {
    score: number;
    measure: { id: string };
    path: { status: string; uncertain: boolean; uncertainty: string | null };
  }[];
}

/** The dated measure's part of the XS firm's exposure on a day. */
async function dated(asOf: string) {
  const { data, errors } = await run(
    db,
    `query($f: ID!, $asOf: Date) { exposure(firm: $f, asOf: $asOf) { total uncertain uncertainty measures { score measure { id } path { status uncertain uncertainty } } } }`,
    { f: globalId('Company', firm('XS')), asOf },
  );
  expect(errors).toBeUndefined();
  const answer = data.exposure as Answer;
  const id = globalId('Measure', MEASURES.dated);
  return { answer, measure: answer.measures.find((m) => m.measure.id === id) };
}

describe('as of a day, with changes known to the year and the month', () => {
  it('a year-dated change: uncertain all year, counted from 31 December', async () => {
    expect((await dated('2030-12-31')).measure).toBeUndefined();
    const first = await dated('2031-01-01');
    expect(first.measure).toBeUndefined();
    expect(first.answer.uncertain).toBe(true);
    expect(first.answer.uncertainty).toMatch(
      /ANNOUNCED is dated 2031 \(known to the year only\): it counts from 2031-12-31/,
    );
    expect((await dated('2031-12-30')).measure).toBeUndefined();
    const last = await dated('2031-12-31');
    expect(last.measure?.path.status).toBe('ANNOUNCED');
    expect(last.measure?.score).toBeCloseTo(W.inSector * W.statusLikelihood.ANNOUNCED, 12);
    expect(last.measure?.path.uncertain).toBe(false);
  });

  it('a month-dated change: the earlier status holds, flagged, until the month’s last day', async () => {
    const before = await dated('2032-01-31');
    expect(before.measure?.path).toMatchObject({ status: 'ANNOUNCED', uncertain: false });
    const inside = await dated('2032-02-01');
    expect(inside.measure?.path.status).toBe('ANNOUNCED');
    expect(inside.measure?.path.uncertain).toBe(true);
    expect(inside.measure?.path.uncertainty).toMatch(
      /IN_FORCE is dated 2032-02 \(known to the month only\): it counts from 2032-02-29/,
    );
    expect((await dated('2032-02-28')).measure?.path.status).toBe('ANNOUNCED');
    const last = await dated('2032-02-29');
    expect(last.measure?.path).toMatchObject({
      status: 'IN_FORCE',
      uncertain: false,
      uncertainty: null,
    });
  });

  it('a measure on none of the firm’s paths makes its answer uncertain inside its period only', async () => {
    // The firm's own measures are settled by then (the dated one was lifted in 2033).
    const inside = await dated('2035-06-01');
    expect(inside.answer.uncertain).toBe(true);
    expect(inside.answer.uncertainty).toMatch(
      new RegExp(`^${MEASURES.elsewhere}: IN_FORCE is dated 2035 \\(known to the year only\\)`),
    );
    // It is on no path: it adds no measure to the answer.
    expect(inside.answer.measures.map((m) => m.measure.id)).not.toContain(
      globalId('Measure', MEASURES.elsewhere),
    );
    const after = await dated('2036-01-01');
    expect(after.answer).toMatchObject({ uncertain: false, uncertainty: null });
  });

  it('a day-dated change counts from its day, with no uncertainty', async () => {
    expect((await dated('2033-03-14')).measure?.path.status).toBe('IN_FORCE');
    const lifted = await dated('2033-03-15');
    expect(lifted.measure).toBeUndefined();
    expect(lifted.answer.uncertain).toBe(false);
  });

  it('exposedFirms says so even when no firm is exposed yet', async () => {
    const { data } = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m, asOf: "2031-06-01") { totalCount uncertain uncertainty } }`,
      { m: globalId('Measure', MEASURES.dated) },
    );
    expect(data.exposedFirms).toMatchObject({ totalCount: 0, uncertain: true });
    expect(data.exposedFirms.uncertainty).toMatch(/may already apply on 2031-06-01/);
  });
});
