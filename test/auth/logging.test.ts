import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';

const db = testDatabase();
const KEY = 'a-reader-key-that-must-never-be-logged';
const WRONG = 'a-wrong-key-that-must-never-be-logged';
const { keys } = parseApiKeys(formatEntry({ digest: hashKey(KEY), role: 'reader' }));

/** Everything the app logs at the most verbose level, as one string. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
  return { logger, text: () => lines.join('') };
}

async function post(app: ReturnType<typeof createApp>, headers: Record<string, string>) {
  const query = `{ node(id: "${globalId('Country', 'country:JP')}") { id } viewer { roles } }`;
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('logging', () => {
  it('never writes a key, good or bad, even when a request fails unexpectedly', async () => {
    const { logger, text } = capturingLogger();
    const auth = { keys, readAccess: 'key' as const };
    const app = createApp({ db, auth, logger });
    // A database that fails makes Yoga log the (masked) error with everything it holds.
    const down = () => Promise.reject(new Error('Neo4j is down'));
    const broken = { run: down, runText: down, runRaw: down } as unknown as Database;
    const failing = createApp({ db: broken, auth, logger });

    expect((await post(app, { authorization: `Bearer ${KEY}` })).data.viewer).toBeTruthy();
    await post(app, { authorization: `Bearer ${WRONG}` });
    await post(app, { 'x-api-key': WRONG });
    const failed = await post(failing, { authorization: `Bearer ${KEY}` });
    expect(failed.errors[0].message).toBe('Unexpected error.');

    expect(text()).toContain('Neo4j is down'); // the logger did receive the failure
    expect(text()).not.toContain(KEY);
    expect(text()).not.toContain(WRONG);
  });
});
