// Reads the whole graph and sorts it into export files: one per source, holding the source and
// every fact whose first source it is, with the `history:` of each (docs/import-export.md).
import type { Database } from '../db/database.ts';
import type { Props } from '../model/format.ts';
import { historyEntry, KNOWLEDGE_KEYS } from '../model/format-history.ts';
import { RELATIONSHIP_ENDS } from '../model/format-relationships.ts';
import { nodeEntry, relationshipEntry, sourceEntry } from './export-entries.ts';
import { fromNeo4jProps } from './from-neo4j.ts';
import { findGraphNodes, findGraphRelationships } from './queries.ts';
import { readRaw } from './session.ts';

export interface StoredNode {
  labels: string[];
  props: Props;
}
export interface StoredRelationship {
  type: string;
  from: string;
  to: string;
  props: Props;
}

export interface ExportFile {
  name: string;
  sources: Record<string, unknown>[];
  nodes: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
  history: Record<string, unknown>[];
  /** Source texts to write beside the file: `textFile` → text. */
  texts: Map<string, string>;
}

const SUPER_LABELS = new Set(['Entity', 'Actor', 'Organization']);
const GENERATED = new Set(['HAD_STATUS', 'ALSO_KNOWN_AS', 'PREVIOUS_VERSION']);

/**
 * Bookkeeping of the API, not knowledge: an idempotency record holds a mutation's first result
 * for a client's retries (src/mutations/idempotency.ts). The export leaves it out, so a restore
 * gives the graph without it and a retried request after a restore is written anew.
 */
const NOT_EXPORTED = 'IdempotencyRecord';

export async function readGraph(db: Database) {
  const nodes = (await readRaw(db, findGraphNodes, {}))
    .filter((record) => !(record.get('labels') as string[]).includes(NOT_EXPORTED))
    .map(
      (record): StoredNode => ({
        labels: record.get('labels') as string[],
        props: fromNeo4jProps(record.get('props') as Record<string, unknown>),
      }),
    );
  const relationships = (await readRaw(db, findGraphRelationships, {})).map(
    (record): StoredRelationship => ({
      type: record.get('type') as string,
      from: record.get('from') as string,
      to: record.get('to') as string,
      props: fromNeo4jProps(record.get('props') as Record<string, unknown>),
    }),
  );
  return { nodes, relationships };
}

/** Sorts the graph into files; `problems` lists what the seed format cannot hold. */
export function exportFiles(graph: Awaited<ReturnType<typeof readGraph>>) {
  const problems: string[] = [];
  const files = new Map<string, ExportFile>();
  const versions = new Map<string, Props[]>();
  const changes = new Map<string, Props[]>();
  const aliases = new Map<string, Props[]>();
  const fileOf = (sourceId: unknown): ExportFile => {
    const name = `${String(sourceId).replace(/^source:/, '')}.yaml`;
    let file = files.get(name);
    if (!file) {
      file = { name, sources: [], nodes: [], relationships: [], history: [], texts: new Map() };
      files.set(name, file);
    }
    return file;
  };
  const firstSource = (props: Props) => (props.sourceIds as string[] | undefined)?.[0];
  /** The file of each node: a measure's status links go with it. */
  const fileOfNode = new Map<string, ExportFile>();
  const record = (file: ExportFile, id: string, props: Props) => {
    const entry = historyEntry(id, props, versions.get(id) ?? []);
    if (Object.keys(entry).length > 1) file.history.push(entry);
  };

  for (const { labels, props } of graph.nodes) {
    if (labels.includes('Version')) {
      const of = String(props.versionOf);
      versions.set(of, [...(versions.get(of) ?? []), props]);
    } else if (labels.includes('StatusChange')) {
      const of = String(props.measureId);
      changes.set(of, [...(changes.get(of) ?? []), props]);
    } else if (labels.includes('Alias')) {
      const of = String(props.ownerId);
      aliases.set(of, [...(aliases.get(of) ?? []), props]);
    }
  }
  for (const list of [...versions.values(), ...changes.values()]) {
    list.sort((a, b) => order(a.versionNumber ?? a.index) - order(b.versionNumber ?? b.index));
  }

  for (const { labels, props } of graph.nodes) {
    const id = String(props.id);
    const [label, ...more] = labels.filter((l) => !SUPER_LABELS.has(l));
    if (label === 'Version' || label === 'StatusChange' || label === 'Alias') continue;
    if (!labels.includes('Entity') || !label || more.length > 0) {
      problems.push(`node ${id} with labels ${labels.join(':')} is not in the seed format`);
    } else if (label === 'Source') {
      const file = fileOf(id);
      file.sources.push(sourceEntry(props));
      if (typeof props.textFile === 'string' && typeof props.text === 'string') {
        file.texts.set(props.textFile, props.text);
      }
      record(file, id, props);
    } else {
      const file = fileOf(firstSource(props));
      fileOfNode.set(id, file);
      const statusChanges = changes.get(id) ?? [];
      const aliasFacts = aliases.get(id) ?? [];
      file.nodes.push(nodeEntry(label, props, statusChanges, aliasFacts));
      record(file, id, props);
      for (const fact of [...statusChanges, ...aliasFacts]) record(file, String(fact.id), fact);
    }
  }
  for (const { type, from, to, props } of graph.relationships) {
    if (type === 'PREVIOUS_VERSION') continue; // written back from the history
    const id = String(props.id);
    // A measure's status links and a node's alias links go with their node.
    const measureFile =
      type === 'HAD_STATUS' || type === 'ALSO_KNOWN_AS' ? fileOfNode.get(from) : undefined;
    if (measureFile) record(measureFile, id, props);
    else if (!(type in RELATIONSHIP_ENDS) || GENERATED.has(type)) {
      problems.push(`relationship ${type} ${from} -> ${to} is not in the seed format`);
    } else {
      const file = fileOf(firstSource(props));
      file.relationships.push(relationshipEntry(type, from, to, props));
      record(file, id, props);
    }
  }
  return { files: [...files.values()], problems };
}

const order = (value: unknown) => (value as { $int?: number } | undefined)?.$int ?? 0;

/** The knowledge-time fields of stored properties, for comparing with what an export holds. */
export function knowledgeOf(props: Props): Props {
  return Object.fromEntries(
    KNOWLEDGE_KEYS.filter((key) => props[key] !== undefined).map((key) => [key, props[key]]),
  ) as Props;
}
