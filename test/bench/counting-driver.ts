/**
 * A neo4j-driver Driver that counts what it sends: every `run` (in a session or a transaction)
 * and every `executeQuery` is one round trip, as Database.roundTrips counts ours.
 */
import type { Driver } from 'neo4j-driver';

type Counter = { roundTrips: number };

function countingRuns<T extends object>(target: T, counter: Counter): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'run') {
        return (...args: unknown[]) => {
          counter.roundTrips += 1;
          return value.apply(object, args);
        };
      }
      if (key === 'executeRead' || key === 'executeWrite') {
        return (work: (tx: object) => unknown, ...rest: unknown[]) =>
          value.call(object, (tx: object) => work(countingRuns(tx, counter)), ...rest);
      }
      if (key === 'beginTransaction') {
        return (...args: unknown[]) => countingRuns(value.apply(object, args), counter);
      }
      return value.bind(object);
    },
  });
}

export function countingDriver(driver: Driver, counter: Counter): Driver {
  return new Proxy(driver, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'session') {
        return (...args: unknown[]) => countingRuns(value.apply(object, args), counter);
      }
      if (key === 'executeQuery') {
        return (...args: unknown[]) => {
          counter.roundTrips += 1;
          return value.apply(object, args);
        };
      }
      return value.bind(object);
    },
  });
}
