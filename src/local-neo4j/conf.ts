import path from 'node:path';

export interface InstanceSettings {
  /** The instance's home: conf/, data/, logs/, run/, plugins/ and import/ live under it. */
  home: string;
  host: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** db.transaction.timeout; DEFAULT_TRANSACTION_TIMEOUT when unset. */
  transactionTimeout?: string;
  /** More neo4j.conf lines, after ours (the test servers', test/helpers/instances.ts). */
  extraSettings?: string[];
}

/**
 * No transaction outlives this on the local server, whoever runs it (the API, an import, a query
 * pasted into the Browser). A backstop, generous for imports; the API passes its own, shorter
 * timeout per transaction (NEO4J_QUERY_TIMEOUT_MS), which Neo4j 5.3+ honours over this default.
 */
export const DEFAULT_TRANSACTION_TIMEOUT = '120s';

/**
 * The neo4j.conf of a local instance. Everything is bound to loopback; HTTPS is off because the
 * Browser and the API only ever talk to it on this machine. Rewritten at every start so changed
 * ports or memory take effect.
 */
export function renderConf(settings: InstanceSettings): string {
  const dir = (name: string) => path.join(settings.home, name);
  const lines = [
    '# Written by src/local-neo4j/conf.ts at every start; edits here are overwritten.',
    `server.default_listen_address=${settings.host}`,
    `server.default_advertised_address=${settings.host}`,
    `server.bolt.listen_address=${settings.host}:${settings.boltPort}`,
    `server.bolt.advertised_address=${settings.host}:${settings.boltPort}`,
    `server.http.listen_address=${settings.host}:${settings.httpPort}`,
    `server.http.advertised_address=${settings.host}:${settings.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // The APOC core jar, when a benchmark drops it into plugins/, needs its procedures allowed.
    'dbms.security.procedures.unrestricted=apoc.*',
    'db.tx_log.rotation.retention_policy=1 days',
    `db.transaction.timeout=${settings.transactionTimeout ?? DEFAULT_TRANSACTION_TIMEOUT}`,
    // A bookmark a client sends back (X-Bookmark) is waited for this long at most: one server
    // has every write already, so only a made-up bookmark could make it wait (docs/deploy.md).
    'db.transaction.bookmark_ready_timeout=5s',
    // Neo4j's Bolt server waits out a 5 s quiet period of Netty's before it stops, for replies
    // still on their way to clients. The API closes its driver before it stops this server, so
    // nothing is on its way: without the wait a stop takes ~2 s, not ~7 (internal setting).
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    // Neo4j plans a statement again for every size class of each list or string parameter it
    // is given (none, one, up to ten, up to a hundred …): exposedFirms for a measure covering one
    // good after one covering two waited 2-3 s for a new plan (10 s on a cold JVM). Our
    // statements are written for any size, so one plan per statement serves (internal setting;
    // docs/deploy.md).
    'internal.cypher.use_parameter_size=false',
    ...(settings.extraSettings ?? []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The JVM flags the Neo4j distribution passes through `server.jvm.additional`; without the
 * --add-opens the page cache and Netty fail on Java 17+. Then those of the `server.jvm.additional`
 * lines among extraSettings (the test servers', test/helpers/instances.ts): the distribution's
 * scripts read that setting, our launcher starts the JVM itself, so it reads it here.
 */
export function jvmArgs(settings: InstanceSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    ...(settings.extraSettings ?? []).flatMap((line) => {
      const match = /^server\.jvm\.additional=(.+)$/.exec(line.trim());
      return match?.[1] ? [match[1]] : [];
    }),
  ];
}
