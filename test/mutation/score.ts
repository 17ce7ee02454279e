// Scores from Stryker's JSON report (the mutation-testing-elements schema), per module, and the
// summary `npm run mutation` prints and writes.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | string;
interface Report {
  files: Record<string, { mutants: { status: Status }[] }>;
}

export interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
}
export interface Scored {
  group: string;
  ms: number;
  modules: { file: string; counts: Counts }[];
}

export function count(statuses: Status[]): Counts {
  const n = (status: Status) => statuses.filter((s) => s === status).length;
  const known = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'];
  return {
    killed: n('Killed'),
    timeout: n('Timeout'),
    survived: n('Survived'),
    noCoverage: n('NoCoverage'),
    errors: statuses.filter((s) => !known.includes(s)).length,
  };
}

/** Killed (a timeout counts as killed) over all valid mutants, in %: Stryker's mutation score. */
export function score(c: Counts): number {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 100 : (100 * (c.killed + c.timeout)) / valid;
}

export function scoreReport(group: string, file: string, ms: number): Scored {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const modules = Object.entries(report.files)
    .map(([path, { mutants }]) => ({ file: path, counts: count(mutants.map((m) => m.status)) }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  return { group, ms, modules };
}

const sum = (all: Counts[]): Counts =>
  all.reduce(
    (total, c) => ({
      killed: total.killed + c.killed,
      timeout: total.timeout + c.timeout,
      survived: total.survived + c.survived,
      noCoverage: total.noCoverage + c.noCoverage,
      errors: total.errors + c.errors,
    }),
    count([]),
  );

export function machine(): string {
  const cores = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${cores[0]?.model ?? 'unknown CPU'} × ${cores.length}, ${gib} GiB, Node ${process.version}, ${process.platform}`;
}

const minutes = (ms: number) => `${(ms / 60_000).toFixed(0)} min`;

export function summaryMarkdown(results: Scored[], run: { started: number; machine: string }) {
  const row = (name: string, c: Counts) =>
    `| ${name} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.errors} | ${score(c).toFixed(1)} % |`;
  const lines = [
    `Mutation run of ${new Date(run.started).toISOString().slice(0, 10)}, ${minutes(Date.now() - run.started)} on ${run.machine}.`,
    '',
    '| module | killed | timeout | survived | no coverage | errors | score |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    const total = sum(result.modules.map((m) => m.counts));
    lines.push(row(`**${result.group}** (${minutes(result.ms)})`, total));
    for (const module of result.modules) lines.push(row(`\`${module.file}\``, module.counts));
  }
  lines.push(row('**all**', sum(results.flatMap((r) => r.modules.map((m) => m.counts)))));
  return `${lines.join('\n')}\n`;
}
