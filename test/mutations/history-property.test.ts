// Knowledge time as a property (issue 15): random interleavings of restatements of a node, of a
// relationship, and retractions of that relationship, sent concurrently. The accepted writes,
// replayed in the order of their instants against a small reference model, must give what
// `nodes(ids: [id], knownAt: t)` answers at every write's instant, just before it, and at random
// instants in between. Seeded, so a failure replays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { client, type Json, type Variable } from './client.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const SOURCE = 'source:zmutprop-note';
const TEXT = 'Zmutprop Works, a Japanese maker of motors, relies on neodymium.';
const FIRM = 'company:zmutprop-works';
const GOOD = 'commodity:zmutprop-neodymium';
const ROUNDS = 4;
const OPERATIONS = 16;
const quoted = (quote: string) =>
  ['ProvenanceInput!', { sourceIds: [SOURCE], quote, confidence: 1 }] as Variable;

const removeData = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zmutprop' OR n.versionOf CONTAINS 'zmutprop' DETACH DELETE n`,
    {},
    'WRITE',
  );
const removeFirm = () =>
  db.runText(
    `MATCH (n) WHERE n.id = $firm OR n.versionOf STARTS WITH $firm DETACH DELETE n`,
    { firm: FIRM },
    'WRITE',
  );

/** mulberry32: a small seeded generator, so that every run sends the same interleavings. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Write =
  | { kind: 'name'; value: string }
  | { kind: 'criticality'; value: number }
  | { kind: 'retract' };

const send = (write: Write, relationshipId: string | null) => {
  if (write.kind === 'name') {
    return mutate('upsertCompany', {
      input: ['OrganizationInput!', { id: FIRM, name: write.value, kind: 'maker of motors' }],
      provenance: quoted('Zmutprop Works, a Japanese maker of motors'),
    });
  }
  if (write.kind === 'criticality') {
    return mutate('link', {
      type: ['RelationshipType!', 'DEPENDS_ON'],
      from: ['ID!', FIRM],
      to: ['ID!', GOOD],
      properties: ['LinkPropertiesInput', { criticality: write.value }],
      provenance: quoted('relies on neodymium'),
    });
  }
  return mutate('retract', {
    id: ['ID!', relationshipId ?? ''],
    reason: ['String!', 'Retracted by the property test.'],
  });
};

interface Known {
  name: string | null;
  /** The relationship's criticality while it stands; null before it exists or once retracted. */
  criticality: number | null;
}

/** The reference model: the accepted writes, in the order of their instants, up to `t`. */
function modelAt(accepted: { at: string; write: Write }[], t: number): Known | null {
  const state: Known = { name: null, criticality: null };
  let retracted = false;
  for (const { at, write } of accepted) {
    if (Date.parse(at) > t) break;
    if (write.kind === 'name') state.name = write.value;
    else if (write.kind === 'retract') retracted = true;
    else if (!retracted) state.criticality = write.value;
  }
  if (state.name === null) return null;
  return { name: state.name, criticality: retracted ? null : state.criticality };
}

async function askAt(t: number): Promise<Known | null> {
  const data: Json = await read(
    `query($id: ID!, $k: DateTime) { nodes(ids: [$id], knownAt: $k) { ... on Company {
      name dependsOn { edges { criticality node { id } } } } } }`,
    { id: FIRM, k: new Date(t).toISOString() },
  );
  const [node] = data.nodes;
  if (!node) return null;
  const edges = (node.dependsOn.edges as Json[]).filter((e) => e.node.id === GOOD);
  return { name: node.name, criticality: edges[0]?.criticality ?? null };
}

beforeAll(async () => {
  await removeData();
  const source = await mutate('upsertSource', {
    input: ['SourceInput!', { id: SOURCE, kind: 'ARTICLE', title: 'A property note', text: TEXT }],
  });
  expect(source.error).toBeUndefined();
  const good = await mutate('upsertCommodity', {
    input: ['CommodityInput!', { id: GOOD, name: 'Zmutprop neodymium' }],
    provenance: quoted('neodymium'),
  });
  expect(good.error).toBeUndefined();
});
afterAll(removeData);

describe('knownAt under random concurrent interleavings', () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => [round]))(
    'round %i: every instant answers the accepted writes replayed in their applied order',
    async (round) => {
      await removeFirm();
      const rng = random(20261205 + round);
      // The firm and its dependency exist first, so every later write has something to restate.
      const first: Write[] = [
        { kind: 'name', value: `Zmutprop Works ${round}-start` },
        { kind: 'criticality', value: 0.5 },
      ];
      const accepted: { at: string; write: Write }[] = [];
      let relationshipId: string | null = null;
      for (const write of first) {
        const answer = await send(write, null);
        expect(answer.error ?? answer.errors).toBeUndefined();
        relationshipId ??= answer.data.relationshipId ?? null;
        accepted.push({ at: answer.data.at, write });
      }
      const writes: Write[] = Array.from({ length: OPERATIONS }, (_, i) => {
        const pick = rng();
        if (pick < 0.45) return { kind: 'name', value: `Zmutprop Works ${round}-${i}` };
        if (pick < 0.9) return { kind: 'criticality', value: Math.round(rng() * 99 + 1) / 100 };
        return { kind: 'retract' };
      });
      // Two waves of concurrent writes: each wave interleaves as the database decides.
      for (const wave of [writes.slice(0, OPERATIONS / 2), writes.slice(OPERATIONS / 2)]) {
        const answers = await Promise.all(wave.map((write) => send(write, relationshipId)));
        for (const [index, answer] of answers.entries()) {
          expect(answer.errors).toBeUndefined();
          const write = wave[index] as Write;
          // A restatement of a retracted relationship, or a second retraction, is refused.
          if (answer.error) {
            expect(answer.error.__typename).toBe('ConflictError');
            continue;
          }
          accepted.push({ at: answer.data.at, write });
        }
      }
      accepted.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      // Every write has an instant of its own: the order they were applied in is total.
      expect(new Set(accepted.map((a) => a.at)).size).toBe(accepted.length);

      const times = accepted.map((a) => Date.parse(a.at));
      const [from, to] = [times[0] as number, times.at(-1) as number];
      const instants = [
        ...times,
        ...times.map((t) => t - 1),
        ...Array.from({ length: 10 }, () => from + Math.floor(rng() * (to - from + 1))),
        to + 1000,
      ];
      for (const t of instants) {
        expect(await askAt(t), `at ${new Date(t).toISOString()}`).toEqual(modelAt(accepted, t));
      }
    },
    60_000,
  );
});
