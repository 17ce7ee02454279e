import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { viewerFor } from '../../src/context.ts';

function apiKey(...args: string[]) {
  // `node --import tsx`, as `npm start` runs the server: npx and tsx's own launcher cost about
  // 0.7 s more per call.
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/api-key.ts', ...args], {
    encoding: 'utf8',
  });
}

/** The key and the entry, each on its own indented line of the output. */
function parseOutput(stdout: string): { key: string; entry: string } {
  const lines = stdout.split('\n').map((line) => line.trim());
  const entry = lines.find((line) => line.startsWith('sha256:'));
  const key = lines.find((line) => /^[A-Za-z0-9_-]{43,}$/.test(line));
  if (!entry || !key) throw new Error(`unexpected output:\n${stdout}`);
  return { key, entry };
}

describe('npm run api-key -- new', () => {
  it('prints a key and an API_KEYS entry that a configuration accepts for that key', () => {
    const result = apiKey('new', '--role', 'editor', '--name', 'alice');
    expect(result.status).toBe(0);
    const { key, entry } = parseOutput(result.stdout);
    expect(entry).toMatch(/^sha256:[0-9a-f]{64}:editor:alice$/);
    expect(entry).not.toContain(key);

    const config = loadConfig({ API_KEYS: entry, READ_ACCESS: 'key' });
    const auth = { keys: config.API_KEYS, readAccess: config.READ_ACCESS };
    const viewer = viewerFor(new Headers({ authorization: `Bearer ${key}` }), auth);
    expect(viewer).toEqual({ roles: new Set(['reader', 'editor']), key: { name: 'alice' } });
    expect(() => viewerFor(new Headers({ authorization: `Bearer ${key}x` }), auth)).toThrow(
      /matches no configured key/,
    );
  });

  it('makes a different key each time', () => {
    const first = parseOutput(apiKey('new', '--role', 'reader').stdout);
    const second = parseOutput(apiKey('new', '--role', 'reader').stdout);
    expect(first.key).not.toBe(second.key);
    expect(first.entry).toMatch(/:reader$/);
  });

  it('refuses a missing or unknown role, and a name the configuration would refuse', () => {
    expect(apiKey('new').status).not.toBe(0);
    const admin = apiKey('new', '--role', 'admin');
    expect(admin.status).not.toBe(0);
    expect(admin.stderr).toMatch(/reader, editor/);
    const badName = apiKey('new', '--role', 'reader', '--name', 'two words');
    expect(badName.status).not.toBe(0);
    expect(badName.stdout).toBe('');
  });
});
