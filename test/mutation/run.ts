/**
 * `npm run mutation [-- <group> … ] [--force]`: StrykerJS over the rule modules, group by
 * group (groups.ts), against a test Neo4j: NEO4J_TEST_URI, else the project's own test instance
 * (started here if it is not running, on the test ports moved by TEST_PORT_OFFSET). Writes
 * reports/mutation/<group>.json and .html, and a summary (reports/mutation/summary.md) with the
 * score per module. Slow: hours for all groups on two cores the first time; after that only the
 * mutants whose code or covering tests changed are tested again (Stryker's incremental mode,
 * reports/mutation/<group>.incremental.json), unless `--force`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { GROUPS } from './groups.ts';
import { testNeo4j } from './neo4j.ts';
import { machine, type Scored, scoreReport, summaryMarkdown } from './score.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  console.error(
    `Unknown group(s): ${unknown.join(', ')}. Groups: ${Object.keys(GROUPS).join(', ')}`,
  );
  process.exit(2);
}
const chosen = names.length > 0 ? names : Object.keys(GROUPS);
const REPORTS = 'reports/mutation';
mkdirSync(REPORTS, { recursive: true });

const env = process.env;
const neo4j = await testNeo4j();

const started = Date.now();
const results: Scored[] = [];
try {
  for (const name of chosen) {
    const group = GROUPS[name];
    if (!group) continue;
    console.log(`\n== ${name}: ${group.about}`);
    const groupStarted = Date.now();
    const stryker = spawnSync(
      'npx',
      [
        'stryker',
        'run',
        'stryker.config.mjs',
        '--mutate',
        group.mutate.join(','),
        '--testFiles',
        group.tests.join(','),
        '--incremental',
        '--incrementalFile',
        `${REPORTS}/${name}.incremental.json`,
        ...(force ? ['--force'] : []),
      ],
      { stdio: 'inherit', env: { ...env, NEO4J_TEST_URI: neo4j.uri } },
    );
    if (stryker.status !== 0)
      throw new Error(`Stryker failed on group ${name} (exit ${stryker.status})`);
    for (const ext of ['json', 'html']) {
      if (existsSync(`${REPORTS}/mutation.${ext}`)) {
        renameSync(`${REPORTS}/mutation.${ext}`, `${REPORTS}/${name}.${ext}`);
      }
    }
    results.push(scoreReport(name, `${REPORTS}/${name}.json`, Date.now() - groupStarted));
  }
} finally {
  await neo4j.close();
}

const summary = summaryMarkdown(results, { started, machine: machine() });
writeFileSync(`${REPORTS}/summary.md`, summary);
console.log(`\n${summary}`);
