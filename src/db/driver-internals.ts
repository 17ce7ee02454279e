/**
 * One method of a class internal to neo4j-driver-bolt-connection, for the measured fixes that
 * replace it (map-unpacking.ts, socket-writes.ts): the driver's own, and a way to put another in
 * its place. Where an upgrade moved the module, the class or the method, `original` is undefined
 * and `use` changes nothing: the driver keeps its own, and the fix's test fails.
 */
import { createRequire } from 'node:module';

export interface DriverMethod<F> {
  /** The driver's own method, kept for the test that compares the two. */
  original: F | undefined;
  /** Puts `method` in its place for every instance; false where it was not found. */
  use(method: F): boolean;
}

export function driverMethod<T, K extends keyof T & string>(
  file: string,
  exportName: string,
  name: K,
): DriverMethod<T[K]> {
  const prototype = internalPrototype<T>(file, exportName, name);
  return {
    original: prototype?.[name] as T[K] | undefined,
    use(method) {
      if (!prototype) return false;
      prototype[name] = method;
      return true;
    },
  };
}

function internalPrototype<T>(file: string, exportName: string, name: string): Partial<T> | null {
  try {
    const require = createRequire(import.meta.url);
    const module = require(`neo4j-driver-bolt-connection/lib/${file}`) as Record<
      string,
      { prototype?: Record<string, unknown> } | undefined
    >;
    const prototype = module[exportName]?.prototype;
    return typeof prototype?.[name] === 'function' ? (prototype as Partial<T>) : null;
  } catch {
    return null;
  }
}
