// The work of the upsert and link mutations: validate one entry the way the seed reader would,
// then write it through the one write path, in the mutation's transaction.
import type { Run } from '../load/session.ts';
import { writeEntities } from '../load/write.ts';
import { relationshipId } from '../model/format.ts';
import { ValidationError } from '../schema/errors.ts';
import { findBrokenQuotes } from './queries.ts';
import { refuseRetracted } from './retracted.ts';
import type { Writer } from './run.ts';
import { entryPaths, type PathMapper, validateEntries } from './validate.ts';

/** Creates or restates a node: fields left out are removed from it (its version keeps them). */
export async function upsertNode(
  run: Run,
  entry: Record<string, unknown>,
  writer: Writer,
  mapPath: PathMapper = entryPaths('nodes[0]', 'input'),
) {
  const stamp = await writer.lock({ nodeIds: [String(entry.id)], relationships: [] });
  await refuseRetracted(run, { id: String(entry.id) });
  const file = await validateEntries(run, { nodes: [entry] }, mapPath);
  const counts = await writeEntities(run, file, stamp);
  return { nodeId: String(entry.id), relationshipId: null, counts };
}

/**
 * Creates or restates a source (the document facts cite; it has no provenance of its own). A new
 * text must still hold the words every fact citing the source quotes.
 */
export async function upsertSource(run: Run, entry: Record<string, unknown>, writer: Writer) {
  const stamp = await writer.lock({ nodeIds: [String(entry.id)], relationships: [] });
  await refuseRetracted(run, { id: String(entry.id) });
  const file = await validateEntries(run, { sources: [entry] }, entryPaths('sources[0]', 'input'));
  // No text at all holds no quote: dropping the text of a quoted source is refused the same way.
  const text = typeof entry.text === 'string' ? entry.text : '';
  const broken = await run(findBrokenQuotes, { id: String(entry.id), text });
  if (broken.length > 0) {
    const ids = broken.map((row) => row.factId).join(', ');
    const message = `the new text no longer holds the quotes of facts that cite this source: ${ids}`;
    throw new ValidationError([{ path: 'input.text', message }]);
  }
  const counts = await writeEntities(run, file, stamp);
  return { nodeId: String(entry.id), relationshipId: null, counts };
}

const LINK_ARGUMENTS = new Set(['type', 'from', 'to', 'key']);

/** Creates or restates a relationship between two nodes of the graph. */
export async function link(run: Run, entry: Record<string, unknown>, writer: Writer) {
  const id = relationshipId(entry as { from: string; to: string; type: string; key?: string });
  const [from, type] = [String(entry.from), String(entry.type)];
  const stamp = await writer.lock({ nodeIds: [], relationships: [{ id, type, from }] });
  await refuseRetracted(run, { id, type, from });
  const mapPath = entryPaths('relationships[0]', 'properties', (key, rest) =>
    LINK_ARGUMENTS.has(key) ? rest.slice(1) : undefined,
  );
  const file = await validateEntries(run, { relationships: [entry] }, mapPath);
  const counts = await writeEntities(run, file, stamp);
  return { nodeId: null, relationshipId: id, counts };
}
