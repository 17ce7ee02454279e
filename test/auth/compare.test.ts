import { describe, expect, it } from 'vitest';
import { constantTimeEqual, findByDigest } from '../../src/auth/compare.ts';
import { hashKey } from '../../src/auth/keys.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('constantTimeEqual', () => {
  it('is true for equal bytes, including empty ones', () => {
    expect(constantTimeEqual(bytes('same key'), bytes('same key'))).toBe(true);
    expect(constantTimeEqual(bytes(''), bytes(''))).toBe(true);
  });

  it('is false for bytes of the same length that differ anywhere', () => {
    expect(constantTimeEqual(bytes('abcd'), bytes('abce'))).toBe(false);
    expect(constantTimeEqual(bytes('xbcd'), bytes('abcd'))).toBe(false);
  });

  it('is false, and does not throw, for different lengths (timingSafeEqual alone would throw)', () => {
    expect(constantTimeEqual(bytes('abc'), bytes('abcd'))).toBe(false);
    expect(constantTimeEqual(bytes('abcd'), bytes('abc'))).toBe(false);
    expect(constantTimeEqual(bytes(''), bytes('a'))).toBe(false);
  });
});

describe('findByDigest', () => {
  const entries = ['first', 'second', 'third'].map((name) => ({ name, digest: hashKey(name) }));

  it('finds the entry whose digest matches, wherever it stands', () => {
    for (const entry of entries) expect(findByDigest(hashKey(entry.name), entries)).toBe(entry);
  });

  it('finds nothing for a digest no entry has, or one of another length', () => {
    expect(findByDigest(hashKey('fourth'), entries)).toBeUndefined();
    expect(findByDigest(Buffer.alloc(16), entries)).toBeUndefined();
    expect(findByDigest(hashKey('first'), [])).toBeUndefined();
  });

  it('compares against every entry even when the first one matches (no early exit)', () => {
    const reads = [0, 0, 0];
    const counted = entries.map((entry, index) => ({
      get digest() {
        reads[index] = (reads[index] ?? 0) + 1;
        return entry.digest;
      },
    }));
    expect(findByDigest(hashKey('first'), counted)).toBe(counted[0]);
    expect(reads).toEqual([1, 1, 1]);
  });
});

describe('hashKey', () => {
  it('is the SHA-256 of the UTF-8 bytes', () => {
    expect(hashKey('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
