import neo4j, { type Config, type Driver } from 'neo4j-driver';
// Installed before any driver decodes a map or writes a message (map-unpacking.ts,
// socket-writes.ts).
import './map-unpacking.ts';
import './socket-writes.ts';

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * Driver settings measured in test/faults/: with them a stopped Neo4j fails a request in well
 * under 2 s, and a restarted one serves the next request (no pool left holding dead connections).
 */
export const DRIVER_CONFIG = {
  // Loopback and LAN connect in milliseconds and Aura's TLS handshake in a few hundred: a
  // connection not open after 1.5 s is not coming, and waiting longer breaks the 2 s promise.
  connectionTimeout: 1500,
  // Waiting for a pooled connection includes opening one; a little over connectionTimeout.
  connectionAcquisitionTimeout: 1800,
  // Idle connections are checked (one RESET) before reuse after 30 s, so one cut by a firewall
  // or a load balancer while idle is replaced instead of failing a request.
  connectionLivenessCheckTimeout: 30_000,
  // Database retries itself (attempts.ts): the driver's own retry waits a whole second before its
  // first. (Callers of driver.executeQuery outside Database still get that one retry.)
  maxTransactionRetryTime: 0,
  // Neo4j attaches notifications (an unknown property, a cartesian product …) to every answer
  // that has one; nothing here reads them. On a store without a retraction yet, each planned
  // read's `retractedAt` tests drew one per use, longer than the answer itself, that Neo4j wrote
  // and the driver decoded every time. Analysts still see them in the Neo4j Browser.
  notificationFilter: { minimumSeverityLevel: 'OFF' as const },
  userAgent: 'exposure-graph',
} satisfies Config;

/** bolt:// talks to one server; neo4j:// (Aura, clusters) routes reads and writes by role. */
export function createDriver(settings: DatabaseSettings): Driver {
  const auth = neo4j.auth.basic(settings.user, settings.password);
  return neo4j.driver(settings.uri, auth, DRIVER_CONFIG);
}

export interface PoolStats {
  /** Connections lent to a session right now. */
  inUse: number;
  /** Open connections waiting in the pool for the next session. */
  idle: number;
  /** Sessions waiting for a connection: the pool is at its maximum size (100). */
  waiting: number;
}

/** The parts of neo4j-driver 6's connection pool read below (internals: no public API has them). */
interface PoolInternals {
  _activeResourceCounts: Record<string, number>;
  _pools: Record<string, { length: number }>;
  _acquireRequests: Record<string, unknown[]>;
}

/**
 * The driver's pool, summed over the servers it talks to (one for bolt://, each cluster member
 * for neo4j://). neo4j-driver exposes no pool figures, so they are read from its internals;
 * undefined before the first connection, or if a driver release moves them (the metrics test
 * fails then, rather than the pool gauges silently reading 0).
 */
export function poolStats(driver: Driver): PoolStats | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: unknown } })
    ._connectionProvider;
  const pool = provider?._connectionPool as Partial<PoolInternals> | undefined;
  if (!pool?._activeResourceCounts || !pool._pools || !pool._acquireRequests) return undefined;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    inUse: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((idle) => idle.length)),
    waiting: sum(Object.values(pool._acquireRequests).map((requests) => requests.length)),
  };
}
