/**
 * The read-only project's guard (vitest.config.ts): its files run side by side, before the files
 * that write, on the one shared graph, so none of them may change it. Neo4j gives a read's session
 * a bookmark naming the last transaction the database committed; one taken before the file loads
 * and one after its last hook must be the same. Any commit in between (this file's, a server or a
 * CLI it started, or another read-only file's beside it) fails the file. A write rolled back (a
 * dry run, a refused import) commits nothing and passes; creating and deleting a node does not.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, expect, inject } from 'vitest';

const settings = inject('neo4j');
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));

/** The database's last commit, as a bookmark (a WRITE session: on a cluster, the leader's). */
async function lastCommit(): Promise<string> {
  const session = driver.session({
    database: settings.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    await session.run('RETURN 1');
    return session.lastBookmarks().join(' ');
  } finally {
    await session.close();
  }
}

// Before the test file is imported: a write at its top level counts too.
const before = await lastCommit();

// Registered before the file's own hooks, so it runs after them (hooks run as a stack).
afterAll(async () => {
  try {
    const after = await lastCommit();
    const file = path.relative(process.cwd(), expect.getState().testPath ?? '');
    expect(
      after,
      `The graph changed while ${file} ran: it, or a file running beside it, wrote to the shared ` +
        'Neo4j. A file that writes belongs to the project "writes" (vitest.config.ts).',
    ).toBe(before);
  } finally {
    await driver.close();
  }
});
