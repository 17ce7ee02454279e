/**
 * What the server sends a browser, without a browser: the explorer at / and its assets, GraphiQL
 * from the install, each with its Content-Security-Policy (test/web/explorer.test.ts drives them in
 * Chromium).
 */
import { describe, expect, it } from 'vitest';
import { EXPLORER_CSP, graphiqlCsp } from '../../src/http/pages.ts';
import { readExplorerDocuments } from '../../src/security/persisted.ts';
import { createApp, DEFAULT_SECURITY } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

describe('the pages', () => {
  const db = testDatabase();
  const app = createApp({ db, neo4jBrowserUrl: 'http://127.0.0.1:7474/browser/' });
  const html = { headers: { accept: 'text/html' } };

  it('serves the explorer at / with a policy that reaches this server only', async () => {
    const response = await app.fetch('http://localhost/', html);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toMatch(/default-src 'none'/);
    expect(EXPLORER_CSP).toMatch(/connect-src 'self'/);
    const page = await response.text();
    expect(page).toContain('<meta name="neo4j-browser" content="http://127.0.0.1:7474/browser/">');
    // Every script and style sheet is the server's own: no other host is named.
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(asset).toBeDefined();
    const script = await app.fetch(`http://localhost${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('serves only plain files under /assets/', async () => {
    for (const url of [
      '/assets/..%2Findex.html',
      '/assets/../../package.json',
      '/assets/nope.js',
    ]) {
      const response = await app.fetch(`http://localhost${url}`);
      expect(response.status, url).toBe(404);
    }
  });

  it('serves GraphiQL from the install, its inline scripts allowed by hash, no CDN', async () => {
    const response = await app.fetch('http://localhost/graphql', html);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('GraphiQL');
    expect(page).not.toMatch(/unpkg|jsdelivr|cdn\./);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toBe(graphiqlCsp(page));
    expect(policy).toMatch(/script-src 'sha256-[^']+'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toMatch(/connect-src 'self'/);
  });

  it('runs the explorer’s operations by id, with PERSISTED_ONLY=true too', async () => {
    const strict = createApp({ db, security: { ...DEFAULT_SECURITY, persistedOnly: true } });
    const ids = Object.entries(readExplorerDocuments());
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const search = ids.find(([, text]) => text.startsWith('query ExplorerSearch'))?.[0];
    const post = (body: object) =>
      strict.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const found = await (
      await post({ documentId: search, variables: { query: 'Mitsubishi' } })
    ).json();
    expect(found.errors).toBeUndefined();
    expect(found.data.search.edges.length).toBeGreaterThan(0);
    const text = await (await post({ query: '{ version }' })).json();
    expect(text.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('leaves the explorer out when it is off (production, unless EXPLORER=true)', async () => {
    const off = createApp({ db, security: { ...DEFAULT_SECURITY, explorer: false } });
    const response = await off.fetch('http://localhost/', html);
    expect(response.status).toBe(404);
  });
});
