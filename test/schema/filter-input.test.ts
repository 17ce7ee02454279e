import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { failures } from './ask.ts';

const db = testDatabase();
const fail = failures(db);
const DUAL_USE_BAN = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');

describe('bad filters of events and statements: a clear error, never a silent empty list', () => {
  it('refuses impossible days and windows that end before they start, naming the field', async () => {
    const window = 'query($w: DayWindow) { events(filter: {between: $w}) { totalCount } }';
    const [impossible] = await fail(window, { w: { from: '2026-02-30' } });
    expect(impossible).toMatch(/2026-02-30/);
    expect(impossible).toMatch(/no such day in the calendar/);
    const [shape] = await fail(window, { w: { to: 'January 2026' } });
    expect(shape).toMatch(/January 2026/);
    const [literal] = await fail(
      '{ events(filter: {between: {from: "2025-13-01"}}) { totalCount } }',
    );
    expect(literal).toMatch(/2025-13-01/);
    const [reversed] = await fail(window, { w: { from: '2026-02-01', to: '2026-01-01' } });
    expect(reversed).toMatch(/filter\.between/);
    expect(reversed).toMatch(/2026-02-01.*2026-01-01/);
    const [badId] = await fail(
      '{ events(filter: {involving: ["not-a-global-id"]}) { totalCount } }',
    );
    expect(badId).toMatch(/not-a-global-id/);
    const [notAnActor] = await fail(
      'query($a: ID!) { events(filter: {involving: [$a]}) { totalCount } }',
      { a: DUAL_USE_BAN },
    );
    expect(notAnActor).toContain(`${DUAL_USE_BAN} is not of type: Country, Person`);
  });

  it('refuses malformed ids and ids of non-actors as speakers, naming them', async () => {
    const [message] = await fail('{ statements(filter: {by: ["%%%"]}) { totalCount } }');
    expect(message).toMatch(/%%%/);
    const [notAnActor] = await fail(
      'query($by: ID!) { statements(filter: {by: [$by]}) { totalCount } }',
      { by: DUAL_USE_BAN },
    );
    expect(notAnActor).toContain(`${DUAL_USE_BAN} is not of type`);
  });
});
