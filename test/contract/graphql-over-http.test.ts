// The GraphQL over HTTP spec, audited by graphql-http's own suite against our real server (with
// Neo4j behind it): every MUST and SHOULD holds in development, and in production all but those
// that ask the schema by introspection, which production turns off (docs/security.md). The MAYs
// (GET with URL-encoded variables, form bodies …) are optional; those we do not do are listed.
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();

/** Audits that cannot hold in production, each with why. */
const NOT_IN_PRODUCTION: Record<string, string> = {
  '28B9': 'its query asks __type with a variable: introspection is off in production',
  '2EA1': 'its query asks __type with a variable: introspection is off in production',
};

describe.each([
  ['development', createApp({ db })],
  [
    'production',
    createApp({
      db,
      security: securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' })),
    }),
  ],
])('GraphQL over HTTP in %s', (mode, app) => {
  const audits = serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: string, init: RequestInit = {}) => app.fetch(new URL(input), init),
  });
  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    // A MAY that fails is a notice: optional by the spec.
    if (result.status === 'ok' || result.status === 'notice') return;
    const excused = mode === 'production' ? NOT_IN_PRODUCTION[audit.id] : undefined;
    expect(excused, `${audit.id} ${result.name}: ${result.reason}`).toBeDefined();
  });
});
