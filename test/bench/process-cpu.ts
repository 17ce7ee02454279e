/**
 * CPU time another process has used, from /proc (Linux): the benchmark reads Neo4j's before and
 * after each run to say how much of an answer's cost is spent in the database. NaN elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

export function processCpuMs(pid: number): number {
  try {
    ticksPerSecond ??=
      Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    // Fields after the command name (which may hold spaces) start at the state, field 3.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}
