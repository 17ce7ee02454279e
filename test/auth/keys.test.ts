import { describe, expect, it } from 'vitest';
import { formatEntry, hashKey, newKey, parseApiKeys } from '../../src/auth/keys.ts';

const hex = (key: string) => hashKey(key).toString('hex');

describe('API_KEYS entries', () => {
  it('reads sha256:<hex>:<role>[:<name>] entries separated by commas, spaces or new lines', () => {
    const text = `sha256:${hex('a')}:editor:alice, sha256:${hex('b').toUpperCase()}:reader\n sha256:${hex('c')}:reader:ci-bot`;
    const { keys, problems } = parseApiKeys(text);
    expect(problems).toEqual([]);
    expect(keys.map(({ role, name }) => ({ role, name }))).toEqual([
      { role: 'editor', name: 'alice' },
      { role: 'reader', name: `key-${hex('b').slice(0, 8)}` },
      { role: 'reader', name: 'ci-bot' },
    ]);
    expect(keys[1]?.digest.equals(hashKey('b'))).toBe(true);
  });

  it('reads an empty or blank value as no keys', () => {
    expect(parseApiKeys('')).toEqual({ keys: [], problems: [] });
    expect(parseApiKeys(' , ')).toEqual({ keys: [], problems: [] });
  });

  it('formats an entry that parses back to the same key', () => {
    const entry = formatEntry({ digest: hashKey('k'), role: 'editor', name: 'bob' });
    expect(entry).toBe(`sha256:${hex('k')}:editor:bob`);
    expect(parseApiKeys(entry).keys).toEqual([
      { digest: hashKey('k'), role: 'editor', name: 'bob' },
    ]);
  });

  it('names each bad entry by position and says what is wrong, without quoting it', () => {
    const plaintext = newKey();
    const entries = [
      plaintext,
      `md5:${hex('x').slice(0, 32)}:reader`,
      `sha256:${hex('x').slice(0, 40)}:reader`,
      `sha256:${hex('y')}:admin`,
      `sha256:${hex('z')}:reader:two/words`,
      `sha256:${hex('z')}:reader:zed:extra`,
      `sha256:${hex('ok')}:reader:ok`,
      `sha256:${hex('ok')}:editor:again`,
      `sha256:${hex('other')}:reader:ok`,
    ];
    const { keys, problems } = parseApiKeys(entries.join(','));
    expect(problems).toEqual([
      'entry 1 of 9: must be sha256:<64 hex digits>:<reader|editor>[:<name>]: give the hash that `npm run api-key -- new` prints, never the key',
      expect.stringMatching(/^entry 2 of 9: must be sha256:/),
      'entry 3 of 9: the hash must be 64 hex digits (a SHA-256)',
      'entry 4 of 9: the role must be reader or editor',
      'entry 5 of 9: the name may have only letters, digits and . _ @ - (at most 64)',
      'entry 6 of 9: the name may have only letters, digits and . _ @ - (at most 64)',
      'entry 8 of 9: the same hash as an earlier entry',
      'entry 9 of 9: the same name as an earlier entry',
    ]);
    expect(problems.join('\n')).not.toContain(plaintext);
    expect(keys.map((key) => key.name)).toEqual(['ok']);
  });
});

describe('newKey', () => {
  it('is 32 random bytes in base64url, different each time', () => {
    const keys = new Set(Array.from({ length: 20 }, newKey));
    expect(keys.size).toBe(20);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    }
  });
});
