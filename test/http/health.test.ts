/** /health and /ready as a load balancer or an orchestrator reads them: JSON, status first. */
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import type { ServerState } from '../../src/http/health.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
const VERSION = /^\d+\.\d+\.\d+/;

describe('/health', () => {
  it('answers JSON: ok, the version and the uptime', async () => {
    const response = await createApp({ db }).fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(VERSION),
      uptimeSeconds: expect.any(Number),
    });
  });
});

describe('/ready', () => {
  it('is ready when Neo4j answers and the schema is in place', async () => {
    const response = await createApp({ db }).fetch('http://localhost/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      version: expect.stringMatching(VERSION),
      uptimeSeconds: expect.any(Number),
    });
  });

  it('says why not: Neo4j not answering (503, Retry-After), in its own words outside production', async () => {
    const nowhere = new Database({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    try {
      const response = await createApp({ db: nowhere }).fetch('http://localhost/ready');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = await response.json();
      expect(body).toMatchObject({
        status: 'unavailable',
        version: expect.stringMatching(VERSION),
      });
      expect(body.reason).toMatch(/^Neo4j is not answering: .*(ECONNREFUSED|connect)/i);
    } finally {
      await nowhere.close();
    }
  });

  it('says 503 "stopping" once shutdown has begun, so a load balancer stops sending', async () => {
    const state = { stopping: false };
    const app = createApp({ db, state });
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
    state.stopping = true;
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'stopping' });
    expect((await app.fetch('http://localhost/health')).status).toBe(200); // alive all the same
  });

  it('says 503 "warming" while the start asks the persisted documents, then 200', async () => {
    const state: ServerState = { stopping: false, warming: { done: 2, total: 5 } };
    const app = createApp({ db, state });
    const response = await app.fetch('http://localhost/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'warming',
      reason: 'starting: asking the 5 persisted documents, 2 done',
    });
    state.warming = null;
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});
