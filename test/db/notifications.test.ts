/**
 * Neo4j sends our server no notifications (src/db/driver.ts, `notificationFilter`): a statement
 * that would draw one (a property key the store has never held) answers without it, where a
 * driver without the filter gets it on every run. Nothing here reads notifications; they were
 * longer than a planned read's answer, written by Neo4j and decoded by the driver each time.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { testDatabase, testNeo4j } from '../helpers/database.ts';

const db = testDatabase();
// A key no fixture writes: Neo4j warns that it is not in the database (01N52).
const UNKNOWN_KEY = 'MATCH (n:Entity {id: $id}) RETURN n.neverWrittenNotificationProbe AS x';

describe("Neo4j's notifications", () => {
  it('do not reach our driver', async () => {
    const { summary } = await db.runRaw(UNKNOWN_KEY, { id: 'nothing' });
    expect(summary.notifications).toEqual([]);
    expect(summary.gqlStatusObjects.map((status) => status.gqlStatus)).not.toContain('01N52');
  });

  it('reach a session of our driver that asks for them (as the saved queries’ test does)', async () => {
    const session = db.driver.session({
      database: db.name,
      defaultAccessMode: 'READ',
      notificationFilter: { minimumSeverityLevel: 'WARNING' },
    });
    const { summary } = await session
      .run(UNKNOWN_KEY, { id: 'nothing' })
      .finally(() => session.close());
    expect(summary.gqlStatusObjects.map((status) => status.gqlStatus)).toContain('01N52');
  });

  it('reach a driver without the filter, for the same statement', async () => {
    const { uri, user, password, database } = testNeo4j();
    const plain = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const { summary } = await plain
      .executeQuery(UNKNOWN_KEY, { id: 'nothing' }, { database, routing: 'READ' })
      .finally(() => plain.close());
    expect(summary.notifications.map((n) => n.code)).toContain(
      'Neo.ClientNotification.Statement.UnknownPropertyKeyWarning',
    );
  });
});
