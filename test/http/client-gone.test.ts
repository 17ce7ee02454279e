/**
 * A client that closes its connection before its answer is ready: the reads its request had yet
 * to send are not sent (an abandoned `exposedFirms` on a broad measure would otherwise go on to
 * rank for seconds), and the request's log line says CLIENT_GONE. Writes are not stopped.
 */
import type { Server } from 'node:http';
import type net from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { ClientGoneError } from '../../src/db/errors.ts';
import { currentScope, newScope, runInScope } from '../../src/request-scope.ts';
import { listen } from '../../src/server.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase, testNeo4j } from '../helpers/database.ts';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** With `hold`, each read of a request waits until the request's client has gone, then goes on. */
class HeldDatabase extends Database {
  hold = false;
  held = 0;
  override async runRaw(...args: Parameters<Database['runRaw']>) {
    const left = currentScope()?.left;
    if (this.hold && left) {
      this.held += 1;
      await until(() => left.aborted, 'the server to see the client go');
    }
    return super.runRaw(...args);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: log lines are free-form JSON
const lines: Record<string, any>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
const db = new HeldDatabase(testNeo4j());
let server: Server;
let url = '';
beforeAll(async () => {
  server = await listen(createApp({ db, logger }), '127.0.0.1', 0);
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const ask = (requestId: string, signal?: AbortSignal) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: '{ node(id: "country:JP") { id ... on Country { name } } }' }),
    ...(signal ? { signal } : {}),
  });
const lineOf = (requestId: string) => lines.find((line) => line.requestId === requestId);

describe('a client that leaves before its answer', () => {
  it('a request whose client stays is answered from Neo4j', async () => {
    db.hold = false;
    const before = db.roundTrips;
    const body = await (await ask('ztest-stays')).json();
    expect(body).toEqual({ data: { node: { id: 'country:JP', name: 'Japan' } } });
    expect(db.roundTrips).toBeGreaterThan(before);
    expect(lineOf('ztest-stays')?.errors).toBeUndefined();
  });

  it('the reads of a request whose client has gone are not sent; its log line says CLIENT_GONE', async () => {
    db.hold = true;
    const before = db.roundTrips;
    const client = new AbortController();
    const answer = ask('ztest-leaves', client.signal);
    answer.catch(() => undefined);
    await until(() => db.held > 0, 'the request to reach its first read');
    client.abort();
    await expect(answer).rejects.toThrow();
    await until(() => lineOf('ztest-leaves') !== undefined, 'the log line');
    expect(lineOf('ztest-leaves')).toMatchObject({
      errors: ['CLIENT_GONE'],
      neo4j: { queries: 0 },
    });
    expect(db.roundTrips).toBe(before);
  });
});

describe('within a request whose client has gone', () => {
  const gone = new AbortController();
  gone.abort();
  const scope = { ...newScope({ headers: new Headers(), signal: gone.signal }) };
  const shared = testDatabase();

  it('a read is refused with ClientGoneError, in a transaction too', async () => {
    await runInScope(scope, async () => {
      await expect(shared.runText('RETURN 1 AS one')).rejects.toBeInstanceOf(ClientGoneError);
      const read = shared.transaction('READ', (run) =>
        run({ name: 'x', text: 'RETURN 1', params: [] }, {}),
      );
      await expect(read).rejects.toBeInstanceOf(ClientGoneError);
    });
  });

  it('a write still runs: a mutation that was sent goes to its commit or rollback', async () => {
    const rows = await runInScope(scope, () =>
      shared.runText<{ one: number }>('RETURN 1 AS one', {}, 'WRITE'),
    );
    expect(rows).toEqual([{ one: 1 }]);
  });
});
