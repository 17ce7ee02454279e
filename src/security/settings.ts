import type { Config } from '../config.ts';

/** The limits a request must stay within; 0 (or null for the rate) turns one off. */
export interface Limits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  bodyBytes: number;
  /** Requests per window per API key name, or per client address without a key. */
  rate: { requests: number; windowSeconds: number } | null;
}

/** How the Yoga app guards itself: limits, and what production turns off (docs/security.md). */
export interface SecuritySettings {
  /** NODE_ENV=production: nothing internal reaches a client, /ready's reasons included. */
  production: boolean;
  /** Unexpected errors carry their original message and stack (only with NODE_ENV=development). */
  errorDetails: boolean;
  graphiql: boolean;
  /** The exposure explorer at / (web/, docs/explorer.md). */
  explorer: boolean;
  /** Execute with graphql-jit (src/graphql-jit.ts) rather than graphql-js. */
  jit: boolean;
  introspection: boolean;
  /** Origins browsers may call from; empty: no CORS headers at all (same origin only). */
  corsOrigins: readonly string[];
  /** Only the operations in persisted-documents.json may run. */
  persistedOnly: boolean;
  /** Behind one reverse proxy: the client address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
  /** /metrics: served to anyone, only with an API key, or not at all. */
  metrics: 'on' | 'key' | 'off';
  limits: Limits;
}

/** The settings from the configuration; GraphiQL and introspection follow NODE_ENV when unset. */
export function securityFromConfig(config: Config): SecuritySettings {
  const production = config.NODE_ENV === 'production';
  return {
    production,
    errorDetails: config.NODE_ENV === 'development',
    graphiql: config.GRAPHIQL ?? !production,
    explorer: config.EXPLORER ?? !production,
    jit: config.GRAPHQL_JIT ?? production,
    introspection: config.INTROSPECTION ?? !production,
    corsOrigins: config.CORS_ORIGINS,
    persistedOnly: config.PERSISTED_ONLY ?? false,
    trustProxy: config.TRUST_PROXY ?? false,
    // Metrics name operations and show load: off in production unless asked for.
    metrics: config.METRICS ?? (production ? 'off' : 'on'),
    limits: {
      depth: config.MAX_DEPTH,
      cost: config.MAX_COST,
      aliases: config.MAX_ALIASES,
      directives: config.MAX_DIRECTIVES,
      tokens: config.MAX_TOKENS,
      bodyBytes: config.MAX_BODY_BYTES,
      rate:
        config.RATE_LIMIT > 0
          ? { requests: config.RATE_LIMIT, windowSeconds: config.RATE_LIMIT_WINDOW_S }
          : null,
    },
  };
}
