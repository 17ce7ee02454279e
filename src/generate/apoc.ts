/**
 * APOC for the benchmark's Neo4j (the peer, @neo4j/graphql, wants it): its jars fetched with Maven
 * once, and a `lib/` folder that links every jar of the project's Neo4j and adds APOC's (APOC
 * registers a kernel extension, which Neo4j only finds on the class path).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * APOC core of the 5.26 line from Maven Central: since 5.26.12 it is published as apoc-core plus
 * apoc-common (no shaded `core` jar), and the last shaded one (5.26.5) needs an older
 * commons-lang3 than Neo4j 5.26.30 ships.
 */
export const APOC_ARTIFACTS = [
  'org.neo4j.procedure:apoc-core:5.26.19',
  'org.neo4j.procedure:apoc-common:5.26.19',
];

/** The APOC jars, fetched with Maven into `cache` once. */
export function fetchApoc(cache: string, log: (line: string) => void): string[] {
  mkdirSync(cache, { recursive: true });
  for (const artifact of APOC_ARTIFACTS) {
    const [, name, version] = artifact.split(':');
    if (existsSync(path.join(cache, `${name}-${version}.jar`))) continue;
    log(`Fetching ${artifact} with Maven...`);
    const args = [
      '-B',
      '-q',
      'dependency:copy',
      `-Dartifact=${artifact}`,
      `-DoutputDirectory=${cache}`,
    ];
    const result = spawnSync('mvn', args, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`Maven could not fetch ${artifact}:\n${result.stdout}${result.stderr}`);
    }
  }
  return readdirSync(cache)
    .filter((file) => file.endsWith('.jar'))
    .map((file) => path.join(cache, file));
}

/** `target` = links to every jar of `lib` (and its completeness marker) plus `extra` jars. */
export async function linkLib(lib: string, target: string, extra: string[]): Promise<void> {
  await rm(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(lib)) {
    if (file.endsWith('.jar')) symlinkSync(path.join(lib, file), path.join(target, file));
    else if (file === '.pom-sha256') copyFileSync(path.join(lib, file), path.join(target, file));
  }
  for (const jar of extra) copyFileSync(jar, path.join(target, path.basename(jar)));
}
