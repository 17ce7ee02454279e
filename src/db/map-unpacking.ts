/**
 * Faster decoding of the maps Neo4j sends, a fix to one method of neo4j-driver.
 *
 * The driver builds every map it receives (our projections are maps in maps) with
 * `Object.defineProperty` per key, so that a key named `__proto__` stays a key instead of
 * replacing the object's prototype. That call is several times slower than an assignment: on the
 * planned page of 50 measures it made up a third of the driver's CPU per call (2.85 against 2.00
 * ms, measured side by side on the benchmark's medium store, 2026-12-06). Here keys are
 * assigned, and `__proto__` alone still goes through `defineProperty`: the same objects, with the
 * same own keys in the same order.
 *
 * The method is internal to neo4j-driver-bolt-connection (6.x). Should an upgrade move it, the
 * driver keeps its own (slower) decoding and test/db/map-unpacking.test.ts fails, which is how we
 * learn of it.
 */
import { driverMethod } from './driver-internals.ts';

interface Unpacker {
  unpack(buffer: unknown, hydrate: unknown): unknown;
  _unpackMapWithSize(size: number, buffer: unknown, hydrate: unknown): Record<string, unknown>;
}

function unpackMapWithSize(this: Unpacker, size: number, buffer: unknown, hydrate: unknown) {
  const value: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    const key = this.unpack(buffer, hydrate) as string;
    const unpacked = this.unpack(buffer, hydrate);
    if (key === '__proto__') {
      Object.defineProperty(value, key, {
        value: unpacked,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      value[key] = unpacked;
    }
  }
  return value;
}

type Method = Unpacker['_unpackMapWithSize'];

const unpackMap = driverMethod<Unpacker, '_unpackMapWithSize'>(
  'packstream/packstream-v1.js',
  'Unpacker',
  '_unpackMapWithSize',
);

/** The driver's own decoding, kept for the test that compares the two. */
export const driverUnpackMapWithSize: Method | undefined = unpackMap.original;

/** Decode maps with `method` (ours by default); false where the driver's method was not found. */
export const useMapUnpacking = (method: Method = unpackMapWithSize): boolean =>
  unpackMap.use(method);

/** Whether the driver decodes maps with `unpackMapWithSize` above (installed at import). */
export const fastMapUnpacking = useMapUnpacking();
