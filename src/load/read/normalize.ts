// Turns validated entries into the normalised form the writer loads: flat properties (Neo4j
// cannot nest), dates as `{ $date }` plus precision, quantities split into value and unit,
// super-labels added, and each measure's status history as StatusChange nodes.

import type { LoadedSource } from '../../model/check-sources.ts';
import type {
  NormalizedNode,
  NormalizedRelationship,
  NormalizedSeedFile,
  Props,
} from '../../model/format.ts';
import { normalizeHistory } from '../../model/format-history.ts';
import type {
  MeasureEntry,
  NodeEntry,
  SourceEntry,
  StatusChangeEntry,
} from '../../model/format-nodes.ts';
import { SUPER_LABELS } from '../../model/format-nodes.ts';
import type { AliasEntry } from '../../model/format-primitives.ts';
import { Quantity, SeedDate, WholeNumber } from '../../model/format-primitives.ts';
import type { RelationshipEntry } from '../../model/format-relationships.ts';
import { relationshipId } from '../../model/format-relationships.ts';
import {
  type RetractedChanges,
  standingChanges,
  statusChangeId,
} from '../../model/status-history.ts';
import { normalizeAliases } from './normalize-aliases.ts';
import type { ParsedFile } from './parse-file.ts';

const PROVENANCE_KEYS = new Set(['sourceIds', 'quote', 'confidence', 'inferred', 'rationale']);
const STRUCTURAL_KEYS = new Set(['id', 'label', 'type', 'from', 'to', 'statusHistory', 'aliases']);

/** Copies one field into flat properties: `announcedOn` → `announcedOn`, `announcedOnPrecision` … */
function flatten(name: string, value: unknown, into: Props): void {
  if (value === undefined) return;
  if (value instanceof SeedDate) {
    into[name] = { $date: value.start };
    into[`${name}Precision`] = value.precision;
    if (value.inferred) into[`${name}Inferred`] = true;
    if (value.rationale !== undefined) into[`${name}Rationale`] = value.rationale;
  } else if (value instanceof Quantity) {
    into[`${name}Value`] = value.value;
    into[`${name}Unit`] = value.unit;
    if (value.approximate) into[`${name}Approximate`] = true;
  } else if (value instanceof WholeNumber) {
    into[name] = { $int: value.value };
  } else {
    into[name] = value as Props[string];
  }
}

function fields(entry: object, into: Props): Props {
  for (const [name, value] of Object.entries(entry)) {
    if (!PROVENANCE_KEYS.has(name) && !STRUCTURAL_KEYS.has(name)) flatten(name, value, into);
  }
  return into;
}

interface FactLike {
  sourceIds?: string[];
  quote?: string;
  confidence?: number;
  inferred: boolean;
  rationale?: string;
}

function provenance(fact: FactLike, sourceIds: string[], confidence: number): Props {
  return {
    sourceIds,
    quote: fact.quote ?? null,
    confidence: fact.confidence ?? confidence,
    inferred: fact.inferred,
    rationale: fact.rationale ?? null,
  };
}

function sourceNode(source: SourceEntry, loaded: LoadedSource | undefined): NormalizedNode {
  // Inline text and a text file both become `text`; the file's path is kept beside it.
  const { text: _inline, ...described } = source;
  const props = fields(described, { id: source.id });
  if (loaded?.text !== undefined) props.text = loaded.text;
  return { id: source.id, labels: ['Source'], props };
}

function measureStatus(
  measure: MeasureEntry,
  sourceIds: string[],
  props: Props,
  retracted: RetractedChanges,
) {
  const nodes: NormalizedNode[] = [];
  const relationships: NormalizedRelationship[] = [];
  // Derived from the changes that stand, as reads derive a status (list-measures.cypher).
  const standing = standingChanges(measure, retracted).map(({ change }) => change);
  const first = (status: string) => standing.find((change) => change.status === status);
  const latest = standing.at(-1);
  if (latest) props.status = latest.status;
  flatten('announcedOn', first('ANNOUNCED')?.on, props);
  flatten('effectiveFrom', first('IN_FORCE')?.on, props);
  if (latest?.status === 'LIFTED') flatten('liftedOn', latest.on, props);

  measure.statusHistory.forEach((change: StatusChangeEntry, index) => {
    const id = statusChangeId(measure.id, index);
    const facts = provenance(change, change.sourceIds ?? sourceIds, measure.confidence);
    const changeProps: Props = {
      id,
      measureId: measure.id,
      status: change.status,
      index: { $int: index },
    };
    flatten('on', change.on, changeProps);
    nodes.push({ id, labels: ['StatusChange'], props: { ...changeProps, ...facts } });
    const link = { from: measure.id, to: id, type: 'HAD_STATUS' };
    const linkId = relationshipId(link);
    relationships.push({ ...link, id: linkId, props: { id: linkId, ...facts } });
  });
  return { nodes, relationships };
}

export function normalizeFile(
  file: ParsedFile,
  sources: Map<string, LoadedSource>,
  /** Status changes retracted in the database (or the export restored): they derive nothing. */
  retracted: RetractedChanges = new Map(),
): NormalizedSeedFile {
  const nodes: NormalizedNode[] = file.sources.map(({ value }) =>
    sourceNode(value, sources.get(value.id)),
  );
  const statusLinks: NormalizedRelationship[] = [];
  const defaults = file.defaultSourceIds ?? [];

  for (const { value } of file.nodes as { value: NodeEntry }[]) {
    const sourceIds = value.sourceIds ?? defaults;
    const props = fields(value, { id: value.id });
    const statuses =
      value.label === 'Measure' ? measureStatus(value, sourceIds, props, retracted) : undefined;
    const aliases = 'aliases' in value ? (value.aliases as AliasEntry[] | undefined) : undefined;
    const known = normalizeAliases(
      value.id,
      aliases,
      { sourceIds, confidence: value.confidence },
      props,
    );
    Object.assign(props, provenance(value, sourceIds, value.confidence));
    nodes.push({ id: value.id, labels: [value.label, ...SUPER_LABELS[value.label]], props });
    nodes.push(...known.nodes);
    statusLinks.push(...known.relationships);
    if (statuses) {
      nodes.push(...statuses.nodes);
      statusLinks.push(...statuses.relationships);
    }
  }

  const relationships = file.relationships.map(({ value }: { value: RelationshipEntry }) => {
    const id = relationshipId(value);
    const props = fields(value, { id });
    Object.assign(props, provenance(value, value.sourceIds ?? defaults, value.confidence));
    return { id, type: value.type, from: value.from, to: value.to, props };
  });
  const normalized: NormalizedSeedFile = {
    file: file.file,
    nodes,
    relationships: [...relationships, ...statusLinks],
  };
  if (file.history.length > 0)
    normalized.history = file.history.map((e) => normalizeHistory(e.value));
  return normalized;
}
