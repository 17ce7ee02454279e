/**
 * Scale-out: reads run in READ transactions and writes in WRITE ones (so a cluster can route
 * them), and read-your-writes across API replicas by bookmark: a mutation answers its
 * transaction's bookmark, and a request that sends it back (X-Bookmark) waits for that write on
 * whichever server it reaches. Two apps with a driver each stand for two replicas.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import { Database } from '../../src/db/database.ts';
import { parseBookmarks } from '../../src/http/bookmarks.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { removeMutationData } from '../mutations/client.ts';

const EDITOR = 'zmut-ops-editor-key';
const { keys } = parseApiKeys(
  formatEntry({ digest: hashKey(EDITOR), role: 'editor', name: 'zmut-ops' }),
);
const auth = { keys, readAccess: 'open' as const };
const db = testDatabase();
const other = new Database(testNeo4j());
const replicaA = createApp({ db, auth });
const replicaB = createApp({ db: other, auth });
afterAll(async () => {
  await removeMutationData(db);
  await other.close();
});

const SOURCE = 'source:zmut-ops-bookmark';
const UPSERT = `mutation($input: SourceInput!) {
  upsertSource(input: $input) { __typename ... on MutationUpsertSourceSuccess { data { at } } }
}`;
const READ = `query($id: ID!) { node(id: $id) { ... on Source { title } } }`;

async function post(
  app: ReturnType<typeof createApp>,
  body: object,
  headers: Record<string, string> = {},
) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const write = (title: string) =>
  post(
    replicaA,
    { query: UPSERT, variables: { input: { id: SOURCE, kind: 'ARTICLE', title } } },
    { authorization: `Bearer ${EDITOR}` },
  );

describe('bookmarks', () => {
  it("answer a mutation with its transaction's bookmark; sent back, the read sees the write", async () => {
    const first = await write('First title');
    expect(first.body.data.upsertSource.__typename).toBe('MutationUpsertSourceSuccess');
    const bookmark = first.body.extensions?.bookmark;
    expect(parseBookmarks(bookmark)).toHaveLength(1);
    const second = await write('Second title');
    const later = second.body.extensions?.bookmark;
    expect(later).not.toBe(bookmark); // each write its own

    const read = await post(
      replicaB,
      { query: READ, variables: { id: globalId('Source', SOURCE) } },
      { 'x-bookmark': later },
    );
    expect(read.body).toEqual({ data: { node: { title: 'Second title' } } });
    // A read writes nothing, so it answers no bookmark.
    expect(read.body.extensions).toBeUndefined();
  });

  it('refuse a header that is not a list of bookmarks, before any work: 400 INVALID_BOOKMARK', async () => {
    const before = db.roundTrips;
    for (const sent of ['not a bookmark', 'x'.repeat(600), Array(17).fill('FB:a').join(',')]) {
      const { status, body } = await post(
        replicaA,
        { query: '{ version }' },
        { 'x-bookmark': sent },
      );
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('INVALID_BOOKMARK');
    }
    expect(db.roundTrips).toBe(before);
  });

  it('refuse one Neo4j does not know with the same code, without its words', async () => {
    const { body } = await post(
      replicaA,
      { query: '{ actors(first: 1) { totalCount } }' },
      { 'x-bookmark': 'FB:not-a-real-bookmark' },
    );
    expect(body.errors[0].extensions.code).toBe('INVALID_BOOKMARK');
    expect(JSON.stringify(body)).not.toMatch(/Neo\.|Neo4j/);
  });
});

describe('access modes', () => {
  it('send reads as READ: Neo4j refuses a write run as a read', async () => {
    await expect(db.runText('CREATE (n:ZmutOpsProbe) RETURN n')).rejects.toThrow(
      /read access mode/i,
    );
    expect(await db.runText('MATCH (n:ZmutOpsProbe) RETURN n')).toEqual([]);
  });

  it('send writes as WRITE', async () => {
    const rows = await db.runText('CREATE (n:ZmutOpsProbe) DELETE n RETURN 1 AS one', {}, 'WRITE');
    expect(rows).toEqual([{ one: 1 }]);
  });
});
