// Measures: created with their first status; afterwards their status changes only by events
// appended to the history (changeMeasureStatus), never by overwriting it. Both restate the
// whole measure as a seed entry, so the seed's rules hold: a history in date order that may
// grow, never shrink.
import type { Run } from '../load/session.ts';
import { writeEntities } from '../load/write.ts';
import { NotFoundError, ValidationError } from '../schema/errors.ts';
import { compact, type ProvenanceArgs, provenanceEntry } from './entries.ts';
import { changeEntry, storedMeasureEntry } from './measure-entry.ts';
import { findMeasureHistory, type StoredMeasure } from './queries.ts';
import { refuseRetracted } from './retracted.ts';
import type { Stamp, Writer } from './run.ts';
import { entryPaths, type PathMapper, validateEntries } from './validate.ts';

type Props = Record<string, unknown>;

export interface StatusArgs {
  status: string;
  on: Props;
}

async function stored(run: Run, id: string): Promise<StoredMeasure | undefined> {
  const [measure] = await run(findMeasureHistory, { id });
  return measure;
}

/**
 * Validates and writes the restated measure. The reader derives its status and dates from the
 * changes that stand: a retracted change is ignored (src/model/status-history.ts).
 */
async function write(
  run: Run,
  entry: Props,
  mapPath: PathMapper,
  stamp: Stamp,
  isNew?: (seedPath: string) => boolean,
) {
  const file = await validateEntries(run, { nodes: [entry] }, mapPath, isNew);
  const counts = await writeEntities(run, file, stamp);
  return { nodeId: String(entry.id), relationshipId: null, counts };
}

/** `nodes[0].statusHistory[i].x` → where item i came from in the request. */
function historyPaths(
  index: number,
  itemPath: string,
  provenancePath: string,
  other: string,
  data = 'input',
) {
  return entryPaths('nodes[0]', data, (key, rest) => {
    if (key !== 'statusHistory') return undefined;
    const match = /^\.statusHistory\[(\d+)\](?:\.(\w+))?(.*)$/.exec(rest);
    if (!match || Number(match[1]) !== index) return other;
    const [, , field, more] = match;
    if (field === undefined) return itemPath || other;
    if (['sourceIds', 'quote', 'confidence', 'inferred', 'rationale'].includes(field)) {
      return `${provenancePath}.${field}${more}`;
    }
    return `${itemPath}${itemPath ? '.' : ''}${field}${more}`;
  });
}

/**
 * Creates a measure with its first status (`initialStatus`, whose provenance defaults to the
 * measure's), or restates an existing one's data keeping its stored history.
 */
export async function upsertMeasure(
  run: Run,
  input: Props & { initialStatus?: (StatusArgs & { provenance?: ProvenanceArgs | null }) | null },
  provenance: ProvenanceArgs,
  writer: Writer,
) {
  const { initialStatus, ...data } = input;
  // The measure's lock guards its status changes too: they are only written with it.
  const stamp = await writer.lock({ nodeIds: [String(data.id)], relationships: [] });
  await refuseRetracted(run, { id: String(data.id) });
  const entry: Props = { ...compact(data), label: 'Measure', ...provenanceEntry(provenance) };
  const old = await stored(run, String(data.id));
  if (old && old.changes.length > 0) {
    if (initialStatus) {
      const message =
        'the measure exists and has a status history; change its status with changeMeasureStatus';
      throw new ValidationError([{ path: 'input.initialStatus', message }]);
    }
    entry.statusHistory = old.changes.map(changeEntry);
    const mapPath = historyPaths(-1, '', 'provenance', 'input.id');
    return write(run, entry, mapPath, stamp, (path) => !path.includes('.statusHistory['));
  }
  if (initialStatus) {
    const own = initialStatus.provenance;
    const changeProvenance = own
      ? provenanceEntry(own, 'input.initialStatus.provenance')
      : provenanceEntry(provenance);
    entry.statusHistory = [
      { status: initialStatus.status, on: compact(initialStatus.on), ...changeProvenance },
    ];
  }
  const provenancePath = initialStatus?.provenance
    ? 'input.initialStatus.provenance'
    : 'provenance';
  const mapPath = historyPaths(0, 'input.initialStatus', provenancePath, 'input.initialStatus');
  return write(run, entry, mapPath, stamp);
}

/** Appends one status change to a measure's history: an event, never an overwrite. */
export async function changeMeasureStatus(
  run: Run,
  measureId: string,
  change: StatusArgs,
  provenance: ProvenanceArgs,
  writer: Writer,
) {
  const stamp = await writer.lock({ nodeIds: [measureId], relationships: [] });
  const old = await stored(run, measureId);
  if (!old) throw new NotFoundError(measureId);
  if (old.props.retractedAt != null) {
    throw new ValidationError([{ path: 'measure', message: `"${measureId}" is retracted` }]);
  }
  if (old.props.hypothetical === true) {
    const message = `"${measureId}" is hypothetical (a scenario): it has no status to change`;
    throw new ValidationError([{ path: 'measure', message }]);
  }
  const entry = storedMeasureEntry(old);
  const history = entry.statusHistory as Props[];
  history.push({ status: change.status, on: compact(change.on), ...provenanceEntry(provenance) });
  const mapPath = historyPaths(history.length - 1, '', 'provenance', 'measure', 'measure');
  // Only the new change must not rest on a retracted source; what is stored stays as it is.
  const last = `nodes[0].statusHistory[${history.length - 1}]`;
  return write(run, entry, mapPath, stamp, (path) => path.startsWith(last));
}
