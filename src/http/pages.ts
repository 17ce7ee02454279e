import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * The two pages the server sends a browser, both from the install, never from a CDN
 * (docs/explorer.md): the exposure explorer at / (web/, built by `npm install` into web/dist/) and
 * GraphiQL at /graphql (bundled by @graphql-yoga/render-graphiql; Yoga's default loads it from a
 * CDN). Each goes with a Content-Security-Policy that lets it reach only this server.
 */

/** Where `npm run build:web` (run by `npm install`) puts the explorer. */
export const EXPLORER_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * The one <style> element Cytoscape.js adds to a page the first time it draws
 * (`.__________cytoscape_container { position: relative; }`), allowed by its hash.
 */
export const CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** The explorer's policy: its own scripts, styles and the API, nothing else. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE}`,
  // Style attributes (the graph's canvas and the page set sizes on elements); no <style> element.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves web/dist: `/` (and any path under `/#…`, the page routes by hash) the page, `/assets/…`
 * its hashed files (cached for a year). The page learns where the Neo4j Browser is from a meta tag.
 */
export function explorerPage(options: { neo4jBrowserUrl?: string | undefined } = {}): Plugin {
  const indexFile = path.join(EXPLORER_DIR, 'index.html');
  let index: string | undefined;
  const page = () => {
    if (index === undefined && existsSync(indexFile)) {
      const meta = options.neo4jBrowserUrl
        ? `<meta name="neo4j-browser" content="${escapeAttribute(options.neo4jBrowserUrl)}">`
        : '';
      index = readFileSync(indexFile, 'utf8').replace('</head>', `${meta}</head>`);
    }
    return index;
  };
  return {
    onRequest({ url, request, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const html = page();
        endResponse(
          html === undefined
            ? new Response(
                'The explorer is not built: run npm install (or npm run build:web) and restart.',
                { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } },
              )
            : new Response(html, {
                headers: {
                  'content-type': 'text/html; charset=utf-8',
                  'content-security-policy': EXPLORER_CSP,
                  'cache-control': 'no-cache',
                  'x-content-type-options': 'nosniff',
                  'referrer-policy': 'no-referrer',
                },
              }),
        );
        return;
      }
      if (url.pathname.startsWith('/assets/')) {
        const name = url.pathname.slice('/assets/'.length);
        const file = path.join(EXPLORER_DIR, 'assets', name);
        const type = TYPES[path.extname(name)];
        // Only a plain file name under assets/: no folder, no way up.
        if (!/^[\w.-]+$/.test(name) || type === undefined || !existsSync(file)) return;
        endResponse(
          new Response(readFileSync(file), {
            headers: {
              'content-type': type,
              'cache-control': 'public, max-age=31536000, immutable',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      }
    },
  };
}

/**
 * GraphiQL from the install: one HTML page with its script and styles inline, its editor workers
 * made from blobs. The policy allows exactly those inline blocks, by hash, and requests to this
 * server only.
 */
export async function graphiqlPage(options: GraphiQLOptions | undefined): Promise<string> {
  // Imported on the first page asked, not at start: the bundle holds about 70 MB of a server's
  // resident memory (measured after the start's warm-up: 265 MB with it, 175 without), which a
  // production server, where GraphiQL is off, would carry for nothing.
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}

/** The Content-Security-Policy of a GraphiQL page: its inline scripts by hash. */
export function graphiqlCsp(html: string): string {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      )
      .join(' ');
  return [
    "default-src 'none'",
    `script-src ${hashes('script')}`,
    // Monaco, GraphiQL's editor, adds <style> elements as it runs: those cannot be hashed ahead.
    "style-src 'self' 'unsafe-inline'",
    'worker-src blob:',
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Adds GraphiQL's policy to the page Yoga sends for /graphql. */
export function graphiqlPolicy(endpoint: string): Plugin {
  const cache = new Map<string, string>();
  return {
    async onResponse({ request, response, setResponse }) {
      if (new URL(request.url).pathname !== endpoint) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      const html = await response.text();
      let policy = cache.get(html);
      if (policy === undefined) {
        policy = graphiqlCsp(html);
        if (cache.size > 8) cache.clear();
        cache.set(html, policy);
      }
      const headers = new Headers(response.headers);
      headers.set('content-security-policy', policy);
      headers.set('x-content-type-options', 'nosniff');
      headers.delete('content-length');
      setResponse(new Response(html, { status: response.status, headers }));
    },
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
