import { describe, expect, it } from 'vitest';
import { jvmArgs } from '../../src/local-neo4j/conf.ts';
import { TEST_SERVER_SETTINGS } from '../helpers/instances.ts';

const settings = {
  home: '/x',
  host: '127.0.0.1',
  boltPort: 1,
  httpPort: 2,
  heap: '1g',
  pageCache: '1g',
};

describe('the JVM flags of a local Neo4j', () => {
  it('are the distribution’s for `npm start`', () => {
    const flags = jvmArgs(settings);
    expect(flags).toContain('-XX:+UseG1GC');
    expect(flags.some((flag) => flag.startsWith('-XX:Tier4'))).toBe(false);
  });

  it('end with the server.jvm.additional lines of extraSettings, and no other line', () => {
    const flags = jvmArgs({
      ...settings,
      extraSettings: ['db.memory.transaction.max=256m', 'server.jvm.additional=-XX:+UseParallelGC'],
    });
    expect(flags.at(-1)).toBe('-XX:+UseParallelGC');
    expect(flags.filter((flag) => flag.includes('256m'))).toEqual([]);
  });

  it('give the test servers the Parallel collector instead of G1 (the last flag wins)', () => {
    const flags = jvmArgs({ ...settings, extraSettings: TEST_SERVER_SETTINGS });
    expect(flags.lastIndexOf('-XX:-UseG1GC')).toBeGreaterThan(flags.indexOf('-XX:+UseG1GC'));
    expect(flags).toContain('-XX:+UseParallelGC');
  });
});
