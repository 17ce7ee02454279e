// Stored properties back to seed-format entries: the inverse of src/load/read/normalize.ts. Dates
// regain their written form from their precision, quantities their `{ value, unit }`, a measure
// its statusHistory from its StatusChange nodes. The export checks the result by reading it back.
import type { Props, PropValue } from '../model/format.ts';
import { KNOWLEDGE_KEYS } from '../model/format-history.ts';

type Entry = Record<string, unknown>;

const HEAD = ['id', 'label', 'type', 'from', 'to', 'key', 'name', 'title', 'kind'];
const TAIL = ['statusHistory', 'sourceIds', 'quote', 'confidence', 'inferred', 'rationale'];
const rank = (key: string) =>
  HEAD.includes(key) ? HEAD.indexOf(key) - 100 : TAIL.includes(key) ? TAIL.indexOf(key) + 1 : 0;

/** Keys in one readable order (identity, data alphabetically, provenance), so exports diff well. */
function tidy(entry: Entry): Entry {
  const keys = Object.keys(entry).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return Object.fromEntries(keys.map((key) => [key, entry[key]]));
}

const PROVENANCE_KEYS = ['sourceIds', 'quote', 'confidence', 'inferred', 'rationale'];
const SKIPPED = new Set<string>([...KNOWLEDGE_KEYS, ...PROVENANCE_KEYS, 'id']);
/** What the normaliser derives from a measure's status history. */
const MEASURE_DERIVED = new Set(['status', 'announcedOn', 'effectiveFrom', 'liftedOn']);

const isDate = (value: PropValue | undefined): value is { $date: string } =>
  typeof value === 'object' && value !== null && '$date' in value;

/** `{ $date: 2025-11-01 }` with precision `month` → `2025-11`, or the object form when inferred. */
function dateOf(props: Props, name: string): unknown {
  const value = props[name] as { $date: string };
  const precision = props[`${name}Precision`];
  const on = value.$date.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
  const inferred = props[`${name}Inferred`] === true;
  const rationale = props[`${name}Rationale`];
  if (!inferred && rationale === undefined) return on;
  return {
    on,
    ...(inferred ? { inferred } : {}),
    ...(rationale !== undefined ? { rationale } : {}),
  };
}

/** The entry fields of flat properties: dates, quantities and whole numbers regrouped. */
function fieldsOf(props: Props, skip: ReadonlySet<string> = new Set()): Entry {
  const entry: Entry = {};
  const used = new Set<string>();
  for (const [name, value] of Object.entries(props)) {
    if (SKIPPED.has(name) || skip.has(name) || used.has(name)) continue;
    if (isDate(value) && typeof props[`${name}Precision`] === 'string') {
      entry[name] = dateOf(props, name);
      for (const suffix of ['Precision', 'Inferred', 'Rationale']) used.add(`${name}${suffix}`);
    } else if (name.endsWith('Value') && props[`${name.slice(0, -5)}Unit`] !== undefined) {
      const base = name.slice(0, -5);
      const approximate = props[`${base}Approximate`] === true;
      entry[base] = { value, unit: props[`${base}Unit`], ...(approximate ? { approximate } : {}) };
      used.add(`${base}Unit`).add(`${base}Approximate`);
    } else if (typeof value === 'object' && value !== null && '$int' in value) {
      entry[name] = value.$int;
    } else entry[name] = value;
  }
  for (const name of used) delete entry[name];
  return entry;
}

function provenanceOf(props: Props): Entry {
  const entry: Entry = { sourceIds: props.sourceIds };
  if (props.quote !== undefined) entry.quote = props.quote;
  entry.confidence = props.confidence;
  entry.inferred = props.inferred;
  if (props.rationale !== undefined) entry.rationale = props.rationale;
  return entry;
}

/** A source's entry; its text goes to `textFile` when it came from one (the caller writes it). */
export function sourceEntry(props: Props): Entry {
  const { text, ...rest } = props;
  const entry: Entry = { id: props.id, ...fieldsOf(rest) };
  if (props.textFile === undefined && text !== undefined) entry.text = text;
  return tidy(entry);
}

/**
 * A fact node's entry; a measure's status changes are passed in, in index order, and the Alias
 * nodes of aliases written as facts of their own, which regain their `{ name, … }` form.
 */
export function nodeEntry(
  label: string,
  props: Props,
  statusChanges: Props[] = [],
  aliasFacts: Props[] = [],
): Entry {
  const measure = label === 'Measure';
  const skip = new Set<string>();
  if (measure) {
    for (const name of MEASURE_DERIVED) {
      for (const suffix of ['', 'Precision', 'Inferred', 'Rationale']) skip.add(`${name}${suffix}`);
    }
  }
  const entry: Entry = { id: props.id, label, ...fieldsOf(props, skip), ...provenanceOf(props) };
  if (aliasFacts.length > 0 && Array.isArray(props.aliases)) {
    const facts = new Map(aliasFacts.map((fact) => [fact.name, fact]));
    entry.aliases = props.aliases.map((name) => {
      const fact = facts.get(name as string);
      return fact ? { name, ...provenanceOf(fact) } : name;
    });
  }
  if (measure) {
    entry.statusHistory = statusChanges.map((change) => ({
      status: change.status,
      on: dateOf(change, 'on'),
      ...provenanceOf(change),
    }));
  }
  return tidy(entry);
}

export function relationshipEntry(type: string, from: string, to: string, props: Props): Entry {
  return tidy({ type, from, to, ...fieldsOf(props), ...provenanceOf(props) });
}
