/**
 * Writes the fault test can check afterwards: each file's nodes carry its name in `probe`, so one
 * query tells, per file, how many of its nodes the database holds: all, or none, never some.
 */
import type { Database } from '../../src/db/database.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';

/** `nodes` nodes labelled Probe, chained by NEXT relationships: one file, one transaction. */
export function probeFile(name: string, nodes: number): NormalizedSeedFile {
  const id = (i: number) => `probe:${name}-${i}`;
  return {
    file: name,
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: id(i),
      labels: ['Probe'],
      props: { id: id(i), probe: name, n: i },
    })),
    relationships: Array.from({ length: nodes - 1 }, (_, i) => {
      const relId = `${id(i)}-[NEXT]->${id(i + 1)}`;
      return { id: relId, type: 'NEXT', from: id(i), to: id(i + 1), props: { id: relId } };
    }),
  };
}

/** How many nodes and relationships of each probe file the database holds. */
export async function probesStored(
  db: Database,
  names: string[],
): Promise<Map<string, { nodes: number; relationships: number }>> {
  const rows = await db.runText<{ probe: string; nodes: number; relationships: number }>(
    `UNWIND $names AS name
     OPTIONAL MATCH (n:Probe {probe: name})
     WITH name, count(n) AS nodes
     OPTIONAL MATCH (:Probe {probe: name})-[r:NEXT]->()
     RETURN name AS probe, nodes, count(r) AS relationships`,
    { names },
  );
  return new Map(rows.map((row) => [row.probe, row]));
}

/** A big write the test began and faulted in the middle of. */
export interface BigWrite {
  name: string;
  nodes: number;
  acknowledged: boolean;
  faultAt: number;
}

/**
 * Which writes the database holds only part of (`partial`), and which acknowledged ones it does
 * not hold whole (`lost`): both must be empty.
 */
export async function checkWrites(
  db: Database,
  small: { acknowledged: string[]; failed: string[]; nodes: number },
  big: BigWrite[],
) {
  const expected = new Map<string, { nodes: number; acknowledged: boolean }>();
  for (const name of small.acknowledged)
    expected.set(name, { nodes: small.nodes, acknowledged: true });
  for (const name of small.failed) expected.set(name, { nodes: small.nodes, acknowledged: false });
  for (const write of big) expected.set(write.name, write);
  const stored = await probesStored(db, [...expected.keys()]);
  const partial: string[] = [];
  const lost: string[] = [];
  let failedButWhole = 0;
  for (const [name, { nodes, acknowledged }] of expected) {
    const held = stored.get(name) ?? { nodes: 0, relationships: 0 };
    const whole = held.nodes === nodes && held.relationships === nodes - 1;
    const none = held.nodes === 0 && held.relationships === 0;
    if (!whole && !none) partial.push(`${name}: ${held.nodes}/${nodes} nodes`);
    if (acknowledged && !whole) lost.push(name);
    if (!acknowledged && whole) failedButWhole += 1;
  }
  const bigOutcomes = big.map(
    (w) => `${w.name.split('-').at(-1)} ${w.acknowledged ? 'committed' : 'rolled back'}`,
  );
  const summary = `writes: ${small.acknowledged.length} acknowledged (${small.acknowledged.length - lost.length} present whole), ${small.failed.length} failed (${failedButWhole} whole, the rest absent; commit outcome unknown to the client), ${BIG_LABEL(big)}: ${bigOutcomes.join(', ')}`;
  return { partial, lost, summary };
}

const BIG_LABEL = (big: BigWrite[]) =>
  `${big.length} writes of ${big[0]?.nodes ?? 0} nodes in flight at the fault`;

/** Every Probe node, whichever run wrote it. */
export async function removeProbes(db: Database): Promise<void> {
  await db.runText(
    'MATCH (n:Probe) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    {},
    'WRITE',
  );
}
