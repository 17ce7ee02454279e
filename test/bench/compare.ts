/**
 * Are the targets giving the same answers? For the exposure cases (where the peer's client scores
 * rows itself) and `search` the ranked ids and scores of the first answers are compared across
 * targets: a benchmark of different answers would measure nothing. For the other reads the ids
 * of ours and the floor's answers are compared, nested lists in their order (the peer's nested
 * lists are whole and unordered: docs/bench/README.md).
 */
import type { CaseName } from './flows.ts';
import type { TargetName } from './report.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are walked as the JSON they are
type Json = any;
const plainId = (id: string) => id; // our global ids are graph ids, as the peer's ids are
const entry = (id: string, score: number) => `${id} ${score.toFixed(6)}`;

const ids = (nodes: Json[] | undefined) => (nodes ?? []).map((n: Json) => n.id).join(',');
// Our connections' nodes; the floor's lists.
const nodesOf = (connection: Json) => (connection?.edges ?? []).map((e: Json) => e.node);
const tree = (target: TargetName, node: Json, lists: string[]) =>
  [
    node.id,
    ...lists.map((l) => `${l}:${ids(target === 'ours' ? nodesOf(node[l]) : node[l])}`),
  ].join(' ');

/** The ids of a read answer (the root and its nested lists), or null where not compared. */
function readFingerprint(target: TargetName, name: CaseName, answer: Json): string[] | null {
  if (target === 'peer') return null;
  const rows = answer.data;
  if (name === 'node') {
    const node = target === 'ours' ? rows.node : rows[0].node;
    return [tree(target, node, ['basedIn', 'sectors']), `sources:${ids(node.sources)}`];
  }
  if (name === 'measure') {
    const measure = target === 'ours' ? rows.node : rows[0].measure;
    const edges = (l: string) =>
      target === 'ours'
        ? measure[l].edges
        : measure[l].map((e: Json) => ({ ...e, node: e.node ?? e }));
    return [
      `${measure.id} sources:${ids(measure.sources)}`,
      ...['imposedBy', 'targets', 'covers'].map(
        (l) =>
          `${l}:${edges(l)
            .map((e: Json) => e.node.id)
            .join(',')}`,
      ),
      ...edges('covers').map(
        (e: Json) =>
          `${e.node.id} sources:${ids(e.sources)} node sources:${ids(e.node.sources)} memberOf:${ids(target === 'ours' ? nodesOf(e.node.memberOf) : e.node.memberOf)}`,
      ),
      `statusHistory:${edges('statusHistory').length}`,
    ];
  }
  if (name === 'measuresPage' || name === 'timeline') {
    const lists = name === 'timeline' ? ['by', 'about'] : ['imposedBy', 'targets', 'covers'];
    const nodes =
      target === 'ours'
        ? nodesOf(name === 'timeline' ? rows.events : rows.measures)
        : rows.slice(0, 50).map((row: Json) => row.measure ?? row.event);
    return nodes.map((node: Json) => tree(target, node, lists));
  }
  return null;
}

/** Our answer to an exposure field, which must not be a refusal (its `error`, docs/errors.md). */
function answered(answer: Json, field: string): Json {
  const value = answer.data[field];
  if (value.error) throw new Error(`${field} refused: ${value.error.message}`);
  return value;
}

/** The ranked `id score` lines of an exposure answer, or null for cases not compared. */
export function fingerprint(target: TargetName, name: CaseName, answer: Json): string[] | null {
  if (name === 'exposure') {
    const measures =
      target === 'ours'
        ? answered(answer, 'exposure').measures
        : target === 'floor'
          ? answer.data.measures
          : answer.measures;
    return measures.map((m: Json) =>
      entry(target === 'ours' ? plainId(m.measure.id) : m.measureId, m.score),
    );
  }
  if (name === 'exposedFirms') {
    if (target === 'ours') {
      return answered(answer, 'exposedFirms').edges.map((e: Json) =>
        entry(plainId(e.node.firm.id), e.node.score),
      );
    }
    const firms = target === 'floor' ? (answer.data?.firms ?? []) : answer;
    return firms.map((f: Json) => entry(f.id, f.score));
  }
  if (name === 'search') {
    // The hits of a page of 20 (the peer and the floor read one more, as ours does).
    const hits =
      target === 'ours'
        ? answer.data.search.edges.map((e: Json) => ({ id: e.node.id, score: e.score }))
        : target === 'floor'
          ? answer.data.map((row: Json) => ({ id: row.node.id, score: row.score }))
          : answer.data.search;
    return hits.slice(0, 20).map((hit: Json) => entry(plainId(hit.id), hit.score));
  }
  return readFingerprint(target, name, answer);
}

/** Lines saying where a target's answers differ from the first target's. */
export function differences(answers: Map<TargetName, Map<CaseName, string[][]>>): string[] {
  const [first, ...others] = [...answers.keys()];
  if (!first) return [];
  const problems: string[] = [];
  for (const target of others) {
    for (const [name, list] of answers.get(target) ?? []) {
      const expected = answers.get(first)?.get(name) ?? [];
      list.forEach((lines, i) => {
        if (JSON.stringify(lines) !== JSON.stringify(expected[i])) {
          problems.push(
            `${name} answer ${i + 1}: ${target} differs from ${first} (${lines.length} vs ${expected[i]?.length ?? 0} entries; first ${target}: ${lines[0] ?? '–'}, ${first}: ${expected[i]?.[0] ?? '–'})`,
          );
        }
      });
    }
  }
  return problems;
}
