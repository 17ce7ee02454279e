// A stored measure back to its seed entry, so that a mutation can restate it whole: with one
// more status change (changeMeasureStatus), or with new data and the same history (upsertMeasure).
// The seed format's unit is the whole measure, and its rules (a history in date order, one that
// may grow but never shrink) are checked on the whole.
import type { StoredMeasure } from './queries.ts';

type Props = Record<string, unknown>;

/** The measure's own fields, besides id, label, status history and provenance. */
const MEASURE_FIELDS = ['kind', 'description', 'hypothetical', 'durationMonths'];

/** A stored date (`2025-11-01`, precision month) as the seed writes it: `2025-11`. */
function dateOf(props: Props, name: string): unknown {
  const day = String(props[name]);
  const precision = props[`${name}Precision`];
  const on = day.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
  const rationale = props[`${name}Rationale`];
  if (props[`${name}Inferred`] !== true && typeof rationale !== 'string') return on;
  return { on, inferred: props[`${name}Inferred`] === true, rationale };
}

function provenanceOf(props: Props): Props {
  const entry: Props = {
    sourceIds: props.sourceIds,
    confidence: props.confidence,
    inferred: props.inferred === true,
  };
  if (typeof props.quote === 'string') entry.quote = props.quote;
  if (typeof props.rationale === 'string') entry.rationale = props.rationale;
  return entry;
}

/** One stored status change as a statusHistory item. */
export function changeEntry(change: Props): Props {
  return { status: change.status, on: dateOf(change, 'on'), ...provenanceOf(change) };
}

/** The stored measure as a seed entry, history included. */
export function storedMeasureEntry(stored: StoredMeasure): Props {
  const { props } = stored;
  const fields = Object.fromEntries(
    MEASURE_FIELDS.filter((key) => props[key] !== null && props[key] !== undefined).map((key) => [
      key,
      props[key],
    ]),
  );
  return {
    id: props.id,
    label: 'Measure',
    ...fields,
    ...provenanceOf(props),
    statusHistory: stored.changes.map(changeEntry),
  };
}
