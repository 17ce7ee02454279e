import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CSRF_HEADER } from '../../src/security/browser.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { codes } from './client.ts';

const db = testDatabase();
const APP_ORIGIN = 'https://dashboard.example.org';
const security = securityFromConfig(
  loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: `${APP_ORIGIN}, https://other.example.org` }),
);
const app = createApp({ db, security });
const JSON_HEADERS = { 'content-type': 'application/json' };
const VERSION = JSON.stringify({ query: '{ version }' });

describe('CORS by allow-list (CORS_ORIGINS)', () => {
  it('answers a listed origin with its own name, no credentials', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: APP_ORIGIN },
      body: VERSION,
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives any other origin no CORS header at all, so browsers keep its scripts out', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: 'https://evil.example.com' },
      body: VERSION,
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight of a listed origin with the methods and headers it may use', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('sends no CORS header when the list is empty (the default)', async () => {
    const sameOrigin = createApp({ db, security: DEFAULT_SECURITY });
    const response = await sameOrigin.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: APP_ORIGIN },
      body: VERSION,
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a CORS_ORIGINS entry that is not an origin', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.org/path' })).toThrow(
      /CORS_ORIGINS: must be origins/,
    );
  });
});

describe('CSRF prevention', () => {
  it('refuses a request a form or a link could send (403 CSRF_HEADER_REQUIRED), before parsing', async () => {
    const before = db.roundTrips;
    const get = await app.fetch('http://localhost/graphql?query=%7Bversion%7D');
    expect(get.status).toBe(403);
    expect(codes(await get.json())).toEqual(['CSRF_HEADER_REQUIRED']);
    const form = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bversion%7D',
    });
    expect(form.status).toBe(403);
    expect(db.roundTrips).toBe(before);
  });

  it('serves the same GET with the header, and JSON POSTs as they are', async () => {
    const get = await app.fetch('http://localhost/graphql?query=%7Bversion%7D', {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect((await get.json()).data.version).toMatch(/^\d/);
    const post = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: VERSION,
    });
    expect(post.status).toBe(200);
  });
});
