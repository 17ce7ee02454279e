import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { asker, edgeIds, failures } from './ask.ts';

const db = testDatabase();
const ask = asker(db);
const fail = failures(db);

// An event without a date, which the seed has none of: the timeline must put it last.
const UNDATED = 'event:test-undated-timeline-entry';

beforeAll(async () => {
  await db.runText(
    "CREATE (:Entity:Event {id: $id, kind: 'TEST', summary: 'Undated, for the timeline test.', sourceIds: ['source:analyst-background'], confidence: 1.0, inferred: true, rationale: 'Test data.'})",
    { id: UNDATED },
    'WRITE',
  );
});
afterAll(async () => {
  await db.runText('MATCH (e:Event {id: $id}) DETACH DELETE e', { id: UNDATED }, 'WRITE');
});

const TIMELINE = [
  'event:jp-rare-earth-diversification', // 2010
  'event:cn-anti-japan-protests-2012', // 2012, then by id
  'event:cn-jp-high-level-freeze-2012',
  'event:cn-jp-rift-2012',
  'event:jp-islands-nationalisation-2012',
  'event:trump-xi-trade-truce', // 2025
  'event:cn-demands-takaichi-retraction', // November 2025
  'event:cn-jp-dispute-2025',
  'event:takaichi-taiwan-remarks',
  'event:ishii-tv-interview', // 6 January 2026
  'event:kihara-press-conference', // 7 January 2026
  'event:trump-beijing-visit-2026', // April 2026, planned
  UNDATED,
];

/** The ids of the events a filter keeps; each variable is a global id. */
async function events(filter: string, ids: Record<string, string> = {}) {
  const declared = Object.keys(ids).map((name) => `$${name}: ID!`);
  const variables = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const query = `query${variables} { events(first: 100, filter: ${filter}) { edges { node { id } } } }`;
  return edgeIds((await ask(query, ids)).events);
}

describe('events: the timeline', () => {
  it('lists every event oldest first, ties by id, undated last, with totalCount', async () => {
    const data = await ask('{ events(first: 100) { totalCount edges { node { id } } } }');
    expect(edgeIds(data.events)).toEqual(TIMELINE);
    expect(data.events.totalCount).toBe(TIMELINE.length);
  });

  it('pages in order with cursors, and refuses pages above 100', async () => {
    const page = `query($after: String) { events(first: 5, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (const expectedNext of [true, true, false]) {
      const data = await ask(page, { after });
      seen.push(...edgeIds(data.events));
      expect(data.events.pageInfo.hasNextPage).toBe(expectedNext);
      after = data.events.pageInfo.endCursor;
    }
    expect(seen).toEqual(TIMELINE);
    const [message] = await fail('{ events(first: 101) { edges { node { id } } } }');
    expect(message).toMatch(/first.*100/);
  });

  it('answers a page with or without its total in one round trip', async () => {
    const before = db.roundTrips;
    await ask('{ events(first: 2) { edges { node { id } } } }');
    expect(db.roundTrips - before).toBe(1);
    const withCount = db.roundTrips;
    await ask('{ events(first: 2) { totalCount edges { node { id } } } }');
    expect(db.roundTrips - withCount).toBe(1);
  });

  it('filters by days: an event known by month or year spans it, a duration extends it', async () => {
    expect(await events('{between: {from: "2026-01-01", to: "2026-01-31"}}')).toEqual([
      'event:ishii-tv-interview',
      'event:kihara-press-conference',
    ]);
    // "November 2025" and "2025" both cover 15 November 2025.
    expect(await events('{between: {from: "2025-11-15", to: "2025-11-15"}}')).toEqual([
      'event:trump-xi-trade-truce',
      'event:cn-demands-takaichi-retraction',
      'event:cn-jp-dispute-2025',
      'event:takaichi-taiwan-remarks',
    ]);
    // The two-and-a-half-year freeze that began in 2012 was still on in 2014.
    expect(await events('{between: {from: "2014-01-01", to: "2014-12-31"}}')).toEqual([
      'event:cn-jp-high-level-freeze-2012',
    ]);
    expect(await events('{between: {from: "2026-03-01"}}')).toEqual([
      'event:trump-beijing-visit-2026',
    ]);
    expect(await events('{between: {to: "2011-12-31"}}')).toEqual([
      'event:jp-rare-earth-diversification',
    ]);
  });

  it('filters by days: an event with an end spans to its end’s period, however far', async () => {
    // Begun long before the window (the timeline reads only the year before $from by start
    // date), found through its end; the seed has no event with an end.
    const ended = 'event:test-ended-timeline-entry';
    await db.runText(
      "CREATE (:Entity:Event {id: $id, kind: 'TEST', summary: 'Ended, for the timeline test.', occurredOn: date('2001-03-01'), occurredOnPrecision: 'month', endedOn: date('2016-01-01'), endedOnPrecision: 'year', sourceIds: ['source:analyst-background'], confidence: 1.0, inferred: true, rationale: 'Test data.'})",
      { id: ended },
      'WRITE',
    );
    try {
      expect(await events('{between: {from: "2008-05-01", to: "2008-05-31"}}')).toEqual([ended]);
      const counted = await ask(
        '{ events(filter: {between: {from: "2008-05-01", to: "2008-05-31"}}) { totalCount } }',
      );
      expect(counted.events.totalCount).toBe(1);
      expect(await events('{between: {from: "2016-12-31"}}')).toContain(ended);
      expect(await events('{between: {from: "2017-01-01"}}')).not.toContain(ended);
      expect(await events('{between: {from: "2000-01-01", to: "2001-02-28"}}')).toEqual([]);
    } finally {
      await db.runText('MATCH (e:Event {id: $id}) DETACH DELETE e', { id: ended }, 'WRITE');
    }
  });

  it('filters by actors linked by BY, INVOLVES or ABOUT, and by kinds', async () => {
    const xi = { a: globalId('Person', 'person:xi-jinping') };
    expect(await events('{involving: [$a]}', xi)).toEqual(['event:trump-xi-trade-truce']);
    const taiwan = { a: globalId('Country', 'country:TW') };
    expect(await events('{involving: [$a]}', taiwan)).toEqual(['event:takaichi-taiwan-remarks']);
    const china = { a: globalId('Country', 'country:CN') };
    expect(await events('{involving: [$a]}', china)).toEqual([
      'event:cn-jp-high-level-freeze-2012',
      'event:cn-jp-rift-2012',
      'event:trump-xi-trade-truce',
      'event:cn-demands-takaichi-retraction',
      'event:cn-jp-dispute-2025',
    ]);
    const kihara = { a: globalId('Person', 'person:minoru-kihara') };
    const sanae = { b: globalId('Person', 'person:sanae-takaichi') };
    expect(await events('{involving: [$a, $b]}', { ...kihara, ...sanae })).toEqual([
      'event:takaichi-taiwan-remarks',
      'event:kihara-press-conference',
    ]);
    expect(await events('{kinds: ["PROTEST", "STATE_VISIT"]}')).toEqual([
      'event:cn-anti-japan-protests-2012',
      'event:trump-beijing-visit-2026',
    ]);
    const combined =
      '{involving: [$a], kinds: ["DEMAND", "TRADE_TRUCE", "DIPLOMATIC_RIFT"], between: {from: "2025-01-01", to: "2025-12-31"}}';
    expect(await events(combined, china)).toEqual([
      'event:trump-xi-trade-truce',
      'event:cn-demands-takaichi-retraction',
    ]);
    const counted = await ask(
      'query($a: ID!) { events(filter: {involving: [$a]}) { totalCount } }',
      china,
    );
    expect(counted.events.totalCount).toBe(5);
  });
});
