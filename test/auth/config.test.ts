import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../../src/auth/keys.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';

const entry = (key: string, role: string) => `sha256:${hashKey(key).toString('hex')}:${role}`;

describe('API_KEYS and READ_ACCESS', () => {
  it('default to no keys and open reads', () => {
    expect(loadConfig({})).toMatchObject({ API_KEYS: [], READ_ACCESS: 'open' });
  });

  it('read the keys and their roles', () => {
    const config = loadConfig({
      API_KEYS: `${entry('one', 'editor')},${entry('two', 'reader')}:ci`,
      READ_ACCESS: 'key',
    });
    expect(config.READ_ACCESS).toBe('key');
    expect(config.API_KEYS.map(({ role, name }) => [role, name])).toEqual([
      ['editor', `key-${hashKey('one').toString('hex').slice(0, 8)}`],
      ['reader', 'ci'],
    ]);
  });

  it('name API_KEYS and the bad entry, and never print the value', () => {
    const pasted = 'a-plaintext-key-pasted-by-mistake';
    const error = captureError(() =>
      loadConfig({ API_KEYS: `${entry('one', 'editor')},${pasted},${entry('two', 'owner')}` }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/API_KEYS: entry 2 of 3: must be sha256:.*\(got \(hidden\)\)/);
    expect(error.message).toMatch(/API_KEYS: entry 3 of 3: the role must be reader or editor/);
    expect(error.message).not.toContain(pasted);
    expect(error.message).not.toContain(hashKey('one').toString('hex'));
  });

  it('name READ_ACCESS when it is neither open nor key', () => {
    expect(() => loadConfig({ READ_ACCESS: 'closed' })).toThrow(/READ_ACCESS: .*\(got "closed"\)/);
  });

  it('refuse READ_ACCESS=key without any key, since nobody could read', () => {
    expect(() => loadConfig({ READ_ACCESS: 'key' })).toThrow(
      /READ_ACCESS: is "key" but API_KEYS holds no key/,
    );
  });

  it('make npm start exit with code 2 on a bad entry, before touching any database', () => {
    const pasted = 'a-plaintext-key-pasted-by-mistake';
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      encoding: 'utf8',
      env: { ...process.env, API_KEYS: pasted, READ_ACCESS: 'key', NEO4J_BOLT_PORT: '99999' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('API_KEYS: entry 1 of 1: must be sha256:');
    expect(result.stderr).toContain('NEO4J_BOLT_PORT');
    expect(result.stderr + result.stdout).not.toContain(pasted);
  });

  it('report every bad variable together', () => {
    const error = captureError(() => loadConfig({ API_KEYS: 'nonsense', PORT: 'eighty' }));
    expect(error.message).toMatch(/PORT: /);
    expect(error.message).toMatch(/API_KEYS: entry 1 of 1/);
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
