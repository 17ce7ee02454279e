/**
 * A path in reading order. Exposure and explain paths are lists of relationships, each with the
 * ends it was stored with (`INPUT_TO` from the input to the product, `COVERS` from the measure to
 * the good), so a path from a firm to a measure points every which way. Its steps read it from
 * its start: each step's `from` is the previous step's `to`, and `direction` says whether the
 * step runs along its relationship or against it. A front end draws the chain as it comes.
 */

/** Which way a step runs: along its relationship (from its start to its end) or against it. */
export type StepDirection = 'ALONG' | 'AGAINST';

export interface Ends {
  from: string;
  to: string;
}

export interface PathStep<Hop extends Ends> {
  from: string;
  to: string;
  direction: StepDirection;
  hop: Hop;
}

/**
 * The steps of `hops` read from `start` (by default the end of the first hop that the second
 * does not touch: the firm or sector of an exposure path). A hop that does not touch the node
 * reached so far (never expected) is read along its relationship.
 */
export function stepsOf<Hop extends Ends>(
  hops: readonly Hop[],
  start: string = startOf(hops),
): PathStep<Hop>[] {
  let at = start;
  return hops.map((hop) => {
    const against = hop.to === at && hop.from !== at;
    const step: PathStep<Hop> = against
      ? { from: hop.to, to: hop.from, direction: 'AGAINST', hop }
      : { from: hop.from, to: hop.to, direction: 'ALONG', hop };
    at = step.to;
    return step;
  });
}

function startOf(hops: readonly Ends[]): string {
  const [first, second] = hops;
  if (!first) return '';
  if (!second) return first.from;
  const touches = (id: string) => id === second.from || id === second.to;
  return touches(first.from) && !touches(first.to) ? first.to : first.from;
}
