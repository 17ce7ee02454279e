import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('gives the defaults of the embedded Neo4j when nothing is set', () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config).toMatchObject({ NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', PORT: 4000 });
    expect(config).toMatchObject({ NEO4J_BOLT_PORT: 7687, NEO4J_HTTP_PORT: 7474 });
    expect(config.HEAVY_QUERY_CONCURRENCY).toBe(4);
  });

  it('takes a line of heavy statements of any length, 0 for none, and refuses the rest', () => {
    expect(loadConfig({ HEAVY_QUERY_CONCURRENCY: '0' }).HEAVY_QUERY_CONCURRENCY).toBe(0);
    expect(loadConfig({ HEAVY_QUERY_CONCURRENCY: '16' }).HEAVY_QUERY_CONCURRENCY).toBe(16);
    for (const bad of ['-1', 'two', '2.5'])
      expect(() => loadConfig({ HEAVY_QUERY_CONCURRENCY: bad })).toThrow(/HEAVY_QUERY_CONCURRENCY/);
  });

  it.each(['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io'])(
    'takes %s as given',
    (uri) => expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri),
  );

  it('names every bad variable, and never prints the password', () => {
    const error = captureError(() =>
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: 'eighty', NEO4J_PASSWORD: 'short' }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/NEO4J_URI: must start with one of bolt:\/\//);
    expect(error.message).toMatch(/PORT: .*\(got "eighty"\)/);
    expect(error.message).toMatch(
      /NEO4J_PASSWORD: must be at least 8 characters \(got \(hidden\)\)/,
    );
    expect(error.message).not.toContain('short');
  });

  it('makes npm start exit with code 2 and the message, before touching any database', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'http://nowhere', NEO4J_BOLT_PORT: '99999' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('NEO4J_URI: must start with');
    expect(result.stderr).toContain('NEO4J_BOLT_PORT');
  });
});

function captureError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
