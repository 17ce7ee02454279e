import { timingSafeEqual } from 'node:crypto';

/**
 * Equal bytes, in time that depends only on the lengths. `timingSafeEqual` throws on different
 * lengths, so a length mismatch still runs one comparison (of `a` with itself) and answers false.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const sameLength = a.length === b.length;
  const equal = timingSafeEqual(a, sameLength ? b : a);
  return sameLength && equal;
}

/**
 * The one entry whose digest equals `digest`, or undefined. Compares against every entry, with no
 * early exit, so the time does not tell how many entries there are before the match (or whether
 * there is one). Entry digests are unique (the configuration refuses duplicates).
 */
export function findByDigest<T extends { digest: Uint8Array }>(
  digest: Uint8Array,
  entries: readonly T[],
): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    const equal = constantTimeEqual(digest, entry.digest);
    found = equal ? entry : found;
  }
  return found;
}
