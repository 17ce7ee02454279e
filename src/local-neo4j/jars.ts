import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.ts';
import { checkMaven } from './java.ts';

/** The pom that names the jars; its hash marks a lib folder as complete for this exact pom. */
export const POM_PATH = fileURLToPath(new URL('./pom.xml', import.meta.url));

export function neo4jVersionFromPom(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM_PATH, 'utf8'));
  if (!match?.[1]) throw new Error(`no <neo4j.version> in ${POM_PATH}`);
  return match[1];
}

/**
 * Makes sure `<localDir>/lib` holds every jar the pom names, fetching them with Maven once.
 * Maven writes into a scratch folder that is renamed into place only when complete, so an
 * interrupted download never leaves a half-filled lib folder that looks usable.
 */
export async function ensureJars(
  localDir: string,
  log: (line: string) => void,
  mvn = 'mvn',
): Promise<string> {
  const lib = path.join(localDir, 'lib');
  const marker = path.join(lib, '.pom-sha256');
  const pomHash = createHash('sha256').update(readFileSync(POM_PATH)).digest('hex');
  if (existsSync(marker) && (await readFile(marker, 'utf8')).trim() === pomHash) return lib;

  checkMaven(mvn);
  const scratch = path.join(localDir, 'lib.partial');
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  log('Fetching the Neo4j jars with Maven (first run only, about 140 MB)...');
  const started = Date.now();
  await runMaven(mvn, scratch, log);
  await writeFile(path.join(scratch, '.pom-sha256'), `${pomHash}\n`);
  await rm(lib, { recursive: true, force: true });
  await rename(scratch, lib);
  log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return lib;
}

function runMaven(mvn: string, outputDir: string, log: (line: string) => void): Promise<void> {
  const args = [
    '-B',
    '-f',
    POM_PATH,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${outputDir}`,
    '-DincludeScope=runtime',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    let downloaded = 0;
    let lastReport = 0;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) output.push(line);
        if (line.includes('Downloaded from')) downloaded += 1;
      }
      // One progress line every 2 s keeps a slow first download visibly alive without flooding.
      if (downloaded > 0 && Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(`  Maven: ${downloaded} files downloaded so far...`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) =>
      reject(new LocalNeo4jError(`Could not run Maven: ${error.message}`, { cause: error })),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = output.slice(-15).join('\n');
      reject(new LocalNeo4jError(`Maven could not fetch the Neo4j jars (exit ${code}):\n${tail}`));
    });
  });
}
