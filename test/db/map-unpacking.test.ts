/**
 * The driver's maps decoded by assignment (src/db/map-unpacking.ts): installed, giving the same
 * objects as the driver's own decoding (keys, values, order), and `__proto__` stays a key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  driverUnpackMapWithSize,
  fastMapUnpacking,
  useMapUnpacking,
} from '../../src/db/map-unpacking.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
afterEach(() => useMapUnpacking());

/** `m` of the statement, and its keys at every level, as decoded. */
async function decoded(statement: string) {
  const { records } = await db.runRaw(statement);
  const m = records[0]?.get('m');
  const keys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(keys)
      : value && typeof value === 'object'
        ? Object.entries(value).map(([k, v]) => [k, keys(v)])
        : value;
  return { m, keys: keys(m) };
}

const MAPS =
  "RETURN {b: 1, a: [{c: 'x', `0`: true, d: date('2026-01-02')}, null], constructor: 2, toString: 'three', hasOwnProperty: {}, n: 12345678901} AS m";

describe("the driver's map decoding", () => {
  it('is ours (an upgrade of neo4j-driver that moved it would leave the slower one)', () => {
    expect(fastMapUnpacking).toBe(true);
    expect(driverUnpackMapWithSize).toBeTypeOf('function');
  });

  it("gives what the driver's own gives: values, keys and their order, nested", async () => {
    const ours = await decoded(MAPS);
    expect(useMapUnpacking(driverUnpackMapWithSize)).toBe(true);
    const driver = await decoded(MAPS);
    expect(ours.keys).toEqual(driver.keys);
    expect(ours.m).toEqual(driver.m);
    expect(ours.m.a[0].c).toBe('x');
    expect(Object.getPrototypeOf(ours.m)).toBe(Object.prototype);
  });

  it('keeps a key named __proto__ a key: no prototype replaced, nothing polluted', async () => {
    const { m } = await decoded('RETURN {`__proto__`: {polluted: true}, a: 1} AS m');
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.hasOwn(m, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toEqual({ polluted: true });
    expect(m.polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
