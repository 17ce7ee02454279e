/**
 * Are the targets giving the same answers? For the exposure cases (where the peer's client scores
 * rows itself) and `search` the ranked ids and scores of the first answers are compared across
 * targets: a benchmark of different answers would measure nothing.
 */
import type { CaseName } from './flows.ts';
import type { TargetName } from './report.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are walked as the JSON they are
type Json = any;
const plainId = (id: string) => id; // our global ids are graph ids, as the peer's ids are
const entry = (id: string, score: number) => `${id} ${score.toFixed(6)}`;

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
  return null;
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
