/**
 * The style sheet and the saved queries in the real Neo4j Browser that the test Neo4j serves,
 * driven in headless Chromium (Debian's `chromium`, through playwright-core): captions show a
 * relationship's type and weight and a measure's title, and no saved query raises a warning.
 * Without Chromium the file is skipped, except in CI, whose .ci/run installs it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/cypher.ts';
import { testNeo4j } from '../helpers/database.ts';
import { testPort } from '../helpers/ports.ts';

const CHROMIUM = '/usr/bin/chromium';
const BROWSER_DIR = path.join(CYPHER_DIR, 'browser');
const ours = !process.env.NEO4J_TEST_URI; // another server may serve no Browser
const present = existsSync(CHROMIUM);
if (process.env.CI && ours && !present)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);

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

describe.skipIf(!present || !ours)('the Neo4j Browser, in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const httpPort = process.env.NEO4J_TEST_HTTP_PORT ?? String(testPort(17474));
  const origin = `http://127.0.0.1:${httpPort}`;

  /** Pastes text into the editor and runs it, as an analyst does (typing would auto-close brackets). */
  async function run(text: string) {
    await page.click('.monaco-editor >> nth=0');
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Control+Enter');
    const frame = page.locator('article').first();
    // The frame shows its Rerun button once the query has finished.
    await frame
      .locator('[data-testid=rerunFrameButton]')
      .waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(1500); // the graph view settles its layout
    return frame;
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/browser/`);
    await page.fill('[data-testid=boltaddress]', new URL(testNeo4j().uri).host);
    await page.fill('[data-testid=username]', testNeo4j().user);
    await page.fill('[data-testid=password]', testNeo4j().password);
    await page.click('[data-testid=connect]');
    await page.locator('text=You are connected').first().waitFor({ timeout: 60_000 });
    await run(`:style ${readFileSync(path.join(BROWSER_DIR, 'exposure-graph.grass'), 'utf8')}`);
  }, 180_000);
  afterAll(() => browser?.close());

  it('draws an exposure path with each relationship’s type and weight, and short captions', async () => {
    const frame = await run(
      `MATCH p = (:Company {id: 'company:mitsubishi-heavy-industries'})-[:IN_SECTOR]->(:Sector {id: 'sector:defence'})
         -[:PRODUCES]->(:Commodity {id: 'commodity:munitions-and-missiles'})<-[:INPUT_TO]-(:Commodity)<-[:INPUT_TO]-(:Commodity)
         -[:MEMBER_OF]->(:Commodity)<-[:COVERS]-(:Measure {id: 'measure:cn-2026-dual-use-export-ban-jp'}) RETURN p`,
    );
    const relationships = await frame.locator('g.relationship text').allTextContents();
    expect(relationships).toEqual(
      expect.arrayContaining([
        'IN_SECTOR',
        'PRODUCES 0.8',
        'INPUT_TO 0.7',
        'INPUT_TO 0.95',
        'COVERS',
      ]),
    );
    for (const caption of relationships) expect(caption).not.toMatch(/[<{]/);
    const captions = await frame
      .locator('g.node')
      .evaluateAll((gs) =>
        gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent?.trim()).join(' ')),
      );
    expect(captions).toContain('Dual-use export curbs on Japan');
    expect(captions).toContain('Mitsubishi Heavy Industries');
    expect(errors).toEqual([]);
  }, 120_000);

  const saved = readdirSync(BROWSER_DIR)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  it.each(saved)(
    'runs %s with no warning and no error',
    async (file) => {
      const frame = await run(readFileSync(path.join(BROWSER_DIR, file), 'utf8'));
      // The Browser adds a tab labelled "Warn" to a frame whose query raised a notification.
      expect(await frame.locator('text="Warn"').count()).toBe(0);
      const text = (await frame.textContent()) ?? '';
      expect(text).not.toMatch(/Neo\.ClientError|SyntaxError/);
      expect(errors).toEqual([]);
    },
    120_000,
  );
});
