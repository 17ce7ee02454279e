import { z } from 'zod';
import { parseApiKeys } from './auth/keys.ts';

/**
 * The process configuration, read once from the environment and validated before anything starts.
 * `NEO4J_URI` unset means "start the project's own local Neo4j" (see src/local-neo4j/).
 */
const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const count = (fallback: number, max = 1_000_000_000) =>
  z.coerce.number().int().min(0).max(max).default(fallback);
/** true/false (or 1/0, yes/no); unset means "the mode decides" where the default is undefined. */
const flag = () =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((value) =>
      value === undefined || value === '' ? undefined : ['true', '1', 'yes'].includes(value),
    );

/**
 * LIMITS and production mode (docs/limits.md, docs/security.md). Each limit refuses a request with
 * a typed error before any database work; 0 turns a limit off.
 */
const LIMITS = {
  // production turns GraphiQL and introspection off unless GRAPHIQL / INTROSPECTION say otherwise;
  // only an explicit development shows unexpected errors' details (stack, cause) to clients.
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  GRAPHIQL: flag(),
  // The exposure explorer at / (docs/explorer.md); off in production unless EXPLORER=true.
  EXPLORER: flag(),
  // Execution compiled per document (graphql-jit, src/graphql-jit.ts); on in production unless false.
  GRAPHQL_JIT: flag(),
  INTROSPECTION: flag(),
  // Origins (scheme://host[:port]) that browsers may call the API from; empty: same origin only.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(/[\s,]+/).filter((origin) => origin !== ''))
    .refine((origins) => origins.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), {
      message: 'must be origins such as https://app.example.org, comma-separated, without a path',
    }),
  // true: only the operations of persisted-documents.json may run (by id).
  PERSISTED_ONLY: flag(),
  MAX_DEPTH: count(12, 1000),
  MAX_COST: count(100_000),
  MAX_ALIASES: count(15, 10_000),
  MAX_DIRECTIVES: count(20, 10_000),
  MAX_TOKENS: count(2_000),
  MAX_BODY_BYTES: count(100_000),
  // Requests per RATE_LIMIT_WINDOW_S per API key (by name), or per client address without a key.
  RATE_LIMIT: count(600),
  RATE_LIMIT_WINDOW_S: count(60, 86_400).pipe(z.number().min(1)),
  // true behind one reverse proxy: the client address is the last X-Forwarded-For entry.
  TRUST_PROXY: flag(),
  // How long Neo4j lets each transaction of the API run before stopping it (src/db/database.ts).
  NEO4J_QUERY_TIMEOUT_MS: count(10_000, 3_600_000),
  // How many heavy statements (exposure's walks and rankings) one server runs in Neo4j at once;
  // the others wait in line (src/db/heavy-line.ts). 0: no line.
  HEAVY_QUERY_CONCURRENCY: count(4, 10_000),
  // on: the server builds the exposure reach index whenever a write left it stale
  // (docs/exposure.md, "The reach index"); off: it never builds it, and exposedFirms walks
  // unless another process keeps the index fresh.
  EXPOSURE_REACH_INDEX: z.enum(['on', 'off']).default('on'),
  // /metrics: on (anyone), key (an API key's bearer), off. Unset: on, but off in production.
  METRICS: z
    .enum(['on', 'off', 'key', ''])
    .optional()
    .transform((value) => value || undefined),
};

const url = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional());

/** Logs, traces (docs/deploy.md). The other OTEL_* variables are read by OpenTelemetry itself. */
const OBSERVABILITY = {
  // auto: human-readable in a terminal, one JSON object per line otherwise.
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  // Set: traces go there over OTLP/HTTP (e.g. http://otel-collector:4318).
  OTEL_EXPORTER_OTLP_ENDPOINT: url(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url(),
  OTEL_SERVICE_NAME: z.string().default('exposure-graph'),
};

const schema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine(
      (value) => value === undefined || NEO4J_SCHEMES.some((s) => value.startsWith(`${s}://`)),
      {
        message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
      },
    ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  // Neo4j 5 refuses passwords shorter than 8 characters, so say so here rather than at first start.
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('exposure-graph'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_HTTP_PORT: port(7474),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Comma-separated sha256:<hex>:<role>[:<name>] entries: hashes only (docs/api-keys.md).
  API_KEYS: z
    .string()
    .default('')
    .transform((text, context) => {
      const { keys, problems } = parseApiKeys(text);
      for (const message of problems) context.addIssue({ code: 'custom', message });
      return keys;
    }),
  // open: anyone may read; key: reads need a reader or editor key. Writes always need an editor key.
  READ_ACCESS: z.enum(['open', 'key']).default('open'),
  ...LIMITS,
  ...OBSERVABILITY,
});

const checked = schema.refine(
  (config) => config.READ_ACCESS === 'open' || config.API_KEYS.length > 0,
  {
    path: ['READ_ACCESS'],
    message: 'is "key" but API_KEYS holds no key, so nobody could read',
  },
);

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Never printed in an error: secrets, or (API_KEYS) what may be a key pasted in place of its hash. */
const HIDDEN = new Set(['NEO4J_PASSWORD', 'API_KEYS']);

/** Parses the environment; throws a ConfigError that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = checked.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const shown = HIDDEN.has(name) ? '(hidden)' : JSON.stringify(env[name]);
    return `  ${name}: ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
