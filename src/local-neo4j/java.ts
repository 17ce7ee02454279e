import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';

/** Neo4j 5.26 runs on Java 17 and 21; other versions are refused with a clear message. */
const SUPPORTED_JAVA = [17, 21];

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function checkJava(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(`No Java found (tried "${java}"): ${result.error.message}.`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : Number.NaN;
  if (!SUPPORTED_JAVA.includes(major)) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java ${SUPPORTED_JAVA.join(' or ')}, but "${java}" is Java ${major || 'of unknown version'}. Set JAVA_HOME to a JDK 17 or 21.`,
    );
  }
  return major;
}

export function checkMaven(mvn: string): void {
  const result = spawnSync(mvn, ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `No Maven found (tried "${mvn}"); it is needed once, to fetch the Neo4j jars.`,
    );
  }
}
