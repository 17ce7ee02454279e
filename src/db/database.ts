import neo4j, { type Driver, type QueryConfig } from 'neo4j-driver';
import { toPlain } from './convert.ts';
import type { CypherQuery } from './cypher.ts';

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * The one driver of the process and the only place that runs Cypher. Short connection timeouts
 * make requests fail fast when Neo4j is down instead of hanging for the driver's default minute.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  /** Round trips since start; tests read it to prove batching. */
  roundTrips = 0;

  constructor(settings: DatabaseSettings) {
    this.name = settings.database;
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 3000,
      maxTransactionRetryTime: 3000,
      userAgent: 'exposure-graph',
    });
  }

  /** Runs a declared query in its own transaction and returns plain rows. */
  async run<Params extends object, Row>(
    query: CypherQuery<Params, Row>,
    params: Params,
    mode: 'READ' | 'WRITE' = 'READ',
  ): Promise<Row[]> {
    return this.runText<Row>(query.text, params as Record<string, unknown>, mode);
  }

  /** For Cypher that is not a declared query (schema files, tests). Still parameterised. */
  async runText<Row>(
    text: string,
    params: Record<string, unknown> = {},
    mode: 'READ' | 'WRITE' = 'READ',
    config: Partial<QueryConfig> = {},
  ): Promise<Row[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery(text, params, {
      database: this.name,
      routing: mode,
      ...config,
    });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /**
   * Runs `work` in one managed transaction: everything it runs commits together or not at all.
   * The driver retries the whole function on transient errors, so `work` must be repeatable.
   */
  async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (
      run: <P extends object, R>(query: CypherQuery<P, R>, params: P) => Promise<R[]>,
    ) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const execute =
        mode === 'READ' ? session.executeRead.bind(session) : session.executeWrite.bind(session);
      return await execute((tx) =>
        work(async (query, params) => {
          this.roundTrips += 1;
          const result = await tx.run(query.text, params);
          return result.records.map((record) => toPlain(record.toObject()) as never);
        }),
      );
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
