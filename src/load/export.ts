// `npm run export`: the whole graph back in the seed format, such that `npm run import --
// --restore <folder>` into an empty database rebuilds it exactly. The export proves it before it
// reports success: it reads its own files back and compares them with the graph, id by id.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Database } from '../db/database.ts';
import type { NormalizedSeedFile, Props } from '../model/format.ts';
import { KNOWLEDGE_KEYS } from '../model/format-history.ts';
import { exportFiles, knowledgeOf, readGraph } from './export-graph.ts';
import { readSeed } from './read/read.ts';
import { formatError } from './report.ts';

export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly problems: string[],
    headline = `The graph cannot be exported exactly (${problems.length} problem(s))`,
  ) {
    const lines = problems.slice(0, 50).map((problem) => `  ${problem}`);
    if (problems.length > 50) lines.push(`  … and ${problems.length - 50} more`);
    super(`${headline}:\n${lines.join('\n')}`);
  }
}

export interface ExportResult {
  files: number;
  nodes: number;
  relationships: number;
  versions: number;
}

export async function exportGraph(db: Database, folder: string): Promise<ExportResult> {
  const root = resolve(folder);
  const present = await readdir(root).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : [`(${error.code})`],
  );
  if (present.length > 0) {
    const problem = `${folder} is not an empty folder: export into a new folder`;
    throw new ExportError([problem], 'Nothing was exported');
  }
  const graph = await readGraph(db);
  const { files, problems } = exportFiles(graph);
  if (problems.length > 0) throw new ExportError(problems);

  await mkdir(root, { recursive: true });
  const texts = new Map<string, string>();
  for (const file of files) {
    for (const [textFile, text] of file.texts) {
      const path = resolve(root, textFile);
      if (relative(root, path).startsWith('..')) {
        throw new ExportError([`textFile ${textFile} would be written outside ${folder}`]);
      }
      if (texts.has(path) && texts.get(path) !== text) {
        throw new ExportError([`two sources keep different texts in ${textFile}`]);
      }
      texts.set(path, text);
    }
    const { name, texts: _texts, ...content } = file;
    const lists = Object.fromEntries(Object.entries(content).filter(([, list]) => list.length > 0));
    await writeFile(resolve(root, name), stringify(lists, { lineWidth: 0 }));
  }
  for (const [path, text] of texts) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }

  const check = await readSeed(root, { mode: 'import', restore: true });
  if (!check.ok) throw new ExportError(check.errors.map(formatError));
  const differences = compare(graph, check.files);
  if (differences.length > 0) throw new ExportError(differences);
  const versions = graph.nodes.filter((node) => node.labels.includes('Version')).length;
  const nodes = graph.nodes.length - versions;
  return { files: files.length, nodes, relationships: graph.relationships.length, versions };
}

/** Every node and relationship (with its history) as stored and as the export reads back. */
function compare(graph: Awaited<ReturnType<typeof readGraph>>, files: NormalizedSeedFile[]) {
  const stored = new Map<string, string>();
  const versions = new Map<string, Props[]>();
  for (const node of graph.nodes.filter((n) => n.labels.includes('Version'))) {
    const of = String(node.props.versionOf);
    versions.set(of, [...(versions.get(of) ?? []), node.props]);
  }
  const describe = (shape: object, props: Props, knowledge: Props, earlier: Props[]) =>
    stableJson({ ...shape, props: dataOf(props), knowledge, versions: sortVersions(earlier) });
  for (const { labels, props } of graph.nodes) {
    if (labels.includes('Version')) continue;
    const id = String(props.id);
    const shape = { labels: [...labels].sort() };
    stored.set(id, describe(shape, props, knowledgeOf(props), versions.get(id) ?? []));
  }
  let links = 0;
  for (const { type, from, to, props } of graph.relationships) {
    if (type === 'PREVIOUS_VERSION') {
      // A node's version hangs off that node and no other (a restore links it so).
      links += to.startsWith(`${from}@`) ? 1 : Number.NaN;
      continue;
    }
    const id = String(props.id);
    stored.set(id, describe({ type, from, to }, props, knowledgeOf(props), versions.get(id) ?? []));
  }
  const read = new Map<string, string>();
  for (const file of files) {
    const history = new Map((file.history ?? []).map((entry) => [entry.id, entry]));
    const of = (id: string) => [history.get(id)?.knowledge ?? {}, history.get(id)?.versions ?? []];
    for (const { id, labels, props } of file.nodes) {
      const [knowledge, earlier] = of(id) as [Props, Props[]];
      read.set(id, describe({ labels: ['Entity', ...labels].sort() }, props, knowledge, earlier));
    }
    for (const { id, type, from, to, props } of file.relationships) {
      const [knowledge, earlier] = of(id) as [Props, Props[]];
      read.set(id, describe({ type, from, to }, props, knowledge, earlier));
    }
  }
  const differences = [...new Set([...stored.keys(), ...read.keys()])]
    .filter((id) => stored.get(id) !== read.get(id))
    .map((id) => `${id} would not come back as it is stored`);
  for (const of of versions.keys()) {
    if (!stored.has(of)) differences.push(`versions of ${of}, which is not in the graph`);
  }
  const nodeIds = graph.nodes.map((node) => String(node.props.id));
  const nodeVersions = nodeIds.reduce((n, id) => n + (versions.get(id)?.length ?? 0), 0);
  if (links !== nodeVersions) {
    differences.push('PREVIOUS_VERSION links do not match the Version nodes of nodes one to one');
  }
  return differences;
}

const KNOWLEDGE = new Set<string>(KNOWLEDGE_KEYS);
const dataOf = (props: Props) =>
  Object.fromEntries(
    Object.entries(props).filter(([key, value]) => !KNOWLEDGE.has(key) && value !== null),
  );
const sortVersions = (list: Props[]) =>
  [...list].sort((a, b) => String(a.id).localeCompare(String(b.id))).map(stableJson);

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
