/**
 * The prototype of a class internal to neo4j-driver-bolt-connection, for the measured fixes that
 * replace one of its methods (map-unpacking.ts, socket-writes.ts). Null where an upgrade moved
 * the module, the class or the method: the driver then keeps its own, and the fix's test fails.
 */
import { createRequire } from 'node:module';

export function internalPrototype<T>(
  file: string,
  exportName: string,
  method: keyof T & string,
): Partial<T> | null {
  try {
    const require = createRequire(import.meta.url);
    const module = require(`neo4j-driver-bolt-connection/lib/${file}`) as Record<
      string,
      { prototype?: Partial<T> } | undefined
    >;
    const prototype = module[exportName]?.prototype;
    return typeof prototype?.[method] === 'function' ? prototype : null;
  } catch {
    return null;
  }
}
