/**
 * The exposure explorer (web/, served at /) and GraphiQL (/graphql), in headless Chromium
 * (Debian's `chromium`, through playwright-core) against the real server and the test Neo4j, with
 * every request that would leave 127.0.0.1 blocked and recorded: the pages must work offline.
 * Screenshots of each step go to test-results/explorer/ (gitignored). Without Chromium the file is
 * skipped, except in CI, whose .ci/run installs it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIR } from '../../src/http/pages.ts';
import { listen } from '../../src/server.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (process.env.CI && !present) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);
const built = existsSync(path.join(EXPLORER_DIR, 'index.html'));
if (!built) throw new Error('web/dist is missing: npm install builds it (npm run build:web)');

const SHOTS = path.resolve('test-results/explorer');
const MEASURE = 'measure:cn-2026-dual-use-export-ban-jp';
const MEASURE_TITLE = 'Dual-use export curbs on Japan';
/** A day the measure is in force (the article's), and one before it was announced. */
const IN_FORCE_ON = '2026-01-08';
const BEFORE = '2025-06-01';
const BROWSER_URL = 'http://127.0.0.1:7474/browser/';

// Flags for this machine's closed network (no background requests to Google's hosts).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.skipIf(!present)('the explorer and GraphiQL, in headless Chromium, offline', () => {
  const db = testDatabase();
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Requests that would have left 127.0.0.1, blocked. */
  const blocked: string[] = [];
  /** Script errors and Content-Security-Policy violations, from any page. */
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const app = createApp({ db, neo4jBrowserUrl: BROWSER_URL });
    server = await listen(app, '127.0.0.1', 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(viewport = { width: 1280, height: 800 }) {
    context = await browser.newContext({ viewport });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        /Content.Security.Policy|Refused to/i.test(message.text())
      ) {
        problems.push(`CSP: ${message.text().slice(0, 300)}`);
      }
    });
    return page;
  }
  afterEach(async () => {
    await context?.close();
    blocked.length = 0;
    problems.length = 0;
  });

  /** Controls a screen reader could not name: no label, no aria-label. */
  const unlabelled = () =>
    page
      .locator('main input, main select, main button, main meter')
      .evaluateAll((controls) =>
        controls
          .filter(
            (control) =>
              ((control as HTMLInputElement).labels?.length ?? 0) === 0 &&
              !control.getAttribute('aria-label') &&
              !(control.tagName === 'BUTTON' && control.textContent?.trim()),
          )
          .map((control) => control.outerHTML.slice(0, 120)),
      );

  const shot = (name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('search → a measure → its ranked firms → a firm’s path → a hop’s quote inside its source', async () => {
    await open();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push(request.postData() ?? '');
    });
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    await page.getByLabel('Search measures, firms, goods and countries').fill('dual-use export');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: MEASURE_TITLE });
    await hit.waitFor();
    await shot('1-search');

    await hit.click();
    await page.getByRole('heading', { level: 1, name: MEASURE_TITLE }).waitFor();
    await expect.poll(() => page.locator('.timeline li').count()).toBeGreaterThan(0);
    await page.getByLabel('As of').fill(IN_FORCE_ON);
    await page.getByLabel('As of').dispatchEvent('change');
    await expect.poll(() => page.url()).toContain(`asOf=${IN_FORCE_ON}`);
    const firms = page.locator('ol.ranked > li');
    await expect
      .poll(() => firms.count(), { timeout: 20_000 })
      .toBeGreaterThan(1)
      .catch(async (e) => {
        console.log('DEBUG', page.url(), await page.locator('main').textContent());
        throw e;
      });
    const scores = await page
      .locator('ol.ranked meter')
      .evaluateAll((meters) => meters.map((meter) => (meter as HTMLMeterElement).value));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await unlabelled()).toEqual([]);
    await shot('2-measure-ranked-firms');

    const firm = firms.first().getByRole('link');
    const firmName = (await firm.textContent()) ?? '';
    await firm.click();
    await page.getByRole('heading', { level: 1, name: firmName }).waitFor();
    const section = page.locator('section.measure-path').first();
    await section.locator('.path-graph canvas').first().waitFor({ state: 'attached' });
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      MEASURE_TITLE,
    );
    // Each hop: weight, confidence, stated or inferred; the quoted ones inside their source.
    const hops = section.locator('li.hop');
    expect(await hops.count()).toBeGreaterThan(1);
    expect(await hops.first().textContent()).toMatch(/Weight.*Confidence.*(Stated|Inferred)/s);
    const quoted = section.locator('figure.source').first();
    const mark = (await quoted.locator('blockquote mark').textContent()) ?? '';
    const around = (await quoted.locator('blockquote').textContent()) ?? '';
    expect(mark.length).toBeGreaterThan(10);
    expect(around.length).toBeGreaterThan(mark.length); // the quote sits inside the source's text
    expect(await quoted.locator('figcaption').textContent()).toMatch(/^In /);
    const link = await section.getByRole('link', { name: /Neo4j Browser/ }).getAttribute('href');
    expect(link?.startsWith(`${BROWSER_URL}?cmd=edit&arg=`)).toBe(true);
    const cypher = decodeURIComponent(link?.split('arg=')[1] ?? '');
    expect(cypher).toMatch(/^MATCH p0 = .*RETURN p0/s);
    // The Browser would find the path: the same Cypher, run on the test Neo4j, returns it.
    expect(await db.runText(cypher)).toHaveLength(1);
    await quoted.scrollIntoViewIfNeeded();
    expect(await unlabelled()).toEqual([]);
    // Keyboard: before the header's first link comes the skip button, which moves the focus to the
    // content (a new page moves it there by itself).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.locator('header .brand').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await shot('3-firm-path-and-quote');

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => ({
      by: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widest: [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
        .filter((e) => !e.closest('.path-graph')) // the graph's canvas layers, clipped by it
        .map((e) => `${e.tagName}.${e.className}`)
        .slice(0, 5),
    }));
    expect(overflow.by, `wider than the screen: ${overflow.widest.join(', ')}`).toBe(0);
    await shot('4-firm-at-phone-width');
    // Every operation went by its persisted id, none as text (so PERSISTED_ONLY=true would do).
    expect(sent.length).toBeGreaterThan(3);
    for (const body of sent)
      expect(Object.keys(JSON.parse(body)).sort()).toEqual(['documentId', 'variables']);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('changing asOf to before the measure empties the list, in words', async () => {
    await open();
    await page.goto(`${origin}/#/measure/${encodeURIComponent(MEASURE)}?asOf=${IN_FORCE_ON}`);
    await expect
      .poll(() => page.locator('ol.ranked > li').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByLabel('As of').fill(BEFORE);
    await page.getByLabel('As of').dispatchEvent('change');
    const empty = page.getByText(/No firm is exposed to this measure on 1 June 2025/);
    await empty.waitFor();
    expect(await page.locator('ol.ranked > li').count()).toBe(0);
    await shot('5-measure-before-it-was-taken');
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('a hypothetical measure shows simulated firms, marked hypothetical, and writes nothing', async () => {
    const before = await graphChecksum(db);
    await open();
    await page.goto(`${origin}/#/what-if`);
    await page.getByLabel('Imposed by').selectOption('country:CN');
    await page.getByLabel(/Target countries/).selectOption(['country:JP'], { timeout: 60_000 });
    await page.getByLabel(/Goods it covers/).selectOption(['commodity:rare-earth-elements']);
    await page.getByRole('button', { name: 'Simulate' }).click();
    const result = page.locator('section.hypothetical');
    await result.getByText('Hypothetical').first().waitFor();
    await expect
      .poll(() => result.locator('ol.ranked > li').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await result.textContent()).toMatch(/the graph is unchanged/);
    expect(await unlabelled()).toEqual([]);
    await shot('6-what-if');
    expect(await graphChecksum(db)).toEqual(before);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('an unknown search says so', async () => {
    await open();
    await page.goto(`${origin}/#/?q=${encodeURIComponent('qqzxv wwkkj')}`);
    await page.getByText('Nothing found for “qqzxv wwkkj”').waitFor();
    await shot('7-unknown-search');
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows the dispute’s timeline in date order, each entry with its source', async () => {
    await open();
    await page.goto(`${origin}/#/timeline`);
    const entries = page.locator('ol.timeline > li');
    await expect.poll(() => entries.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const dates = await entries
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? '9999'));
    expect(dates).toEqual([...dates].sort());
    expect(await entries.first().textContent()).toMatch(/Source: \S/);
    await shot('8-timeline');
    expect(problems).toEqual([]);
  }, 60_000);

  it('GraphiQL renders from the install and runs a query, nothing fetched from elsewhere', async () => {
    await open();
    // The query comes in the address, as a shared GraphiQL link brings it: typed or pasted, the
    // keys could reach the editor before it had loaded on a busy machine (CI ran the default tab).
    const response = await page.goto(
      `${origin}/graphql?query=${encodeURIComponent('{ version }')}`,
    );
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'sha256-/);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    // The text as shown (innerText): the editor's DOM holds more than its lines.
    const shown = () =>
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
      page.locator('.graphiql-query-editor').first().innerText();
    await expect.poll(shown, { timeout: 30_000 }).toMatch(/^\s*\d*\s*\{\s*version\s*\}\s*$/);
    await page.locator('.graphiql-execute-button').first().click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 30_000 })
      .toMatch(/"version":\s*"\d/);
    await shot('9-graphiql');
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
