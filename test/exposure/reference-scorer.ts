/**
 * The reference scorer: docs/exposure.md's rule for `exposedFirms`, written out in plain
 * TypeScript over a graph held in memory, with no database and no shared code but the weights
 * (src/exposure/weights.ts) and the dates rule (src/exposure/as-of.ts). It walks every path the
 * rule allows, scores it factor by factor in the path's order, keeps each firm's best path and
 * ranks the firms. The server ranks in Cypher (cypher/exposure/rank-exposed-firms.cypher);
 * rank-property.test.ts checks the two agree, score for score and in order, on random graphs.
 */
import { type DatedChange, statusAsOf } from '../../src/exposure/as-of.ts';
import { ACTIVE_STATUSES, EXPOSURE_WEIGHTS as W } from '../../src/exposure/weights.ts';

/** When a fact was asserted and retracted (ISO instants), as docs/history.md keeps them. */
export interface Timed {
  assertedAt?: string | null;
  retractedAt?: string | null;
}

export interface RefNode extends Timed {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface RefRel extends Timed {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface RefGraph {
  nodes: RefNode[];
  rels: RefRel[];
}

export interface RefHop {
  type: string;
  from: string;
  to: string;
}

export interface RefRanked {
  firmId: string;
  score: number;
  hops: RefHop[];
  supplyShareId: string | null;
}

/** Whether a fact counts as known at `knownAt` (null: now, where only retraction hides it). */
export function visible(fact: Timed | undefined, knownAt: string | null): boolean {
  if (!fact) return false;
  const at = (iso: string) => Date.parse(iso);
  if (knownAt === null) return fact.retractedAt == null;
  const known = at(knownAt);
  return (
    (fact.assertedAt == null || at(fact.assertedAt) <= known) &&
    (fact.retractedAt == null || at(fact.retractedAt) > known)
  );
}

/** The weight one hop multiplies a path's score by (docs/exposure.md, "How badly?"). */
export function referenceHopWeight(type: string, props: Record<string, unknown>): number {
  const criticality = typeof props.criticality === 'number' ? props.criticality : null;
  if (type === 'DEPENDS_ON' || type === 'PRODUCES' || type === 'INPUT_TO')
    return criticality ?? W.defaultCriticality;
  if (type === 'MEMBER_OF') return props.partial === true ? W.memberOf / 2 : W.memberOf;
  if (type === 'IN_SECTOR') return W.inSector;
  return 1;
}

interface Options {
  asOf: string;
  knownAt: string | null;
  maxHops: number;
  minScore: number;
}

/** Every firm exposed to `measureId`, best first, each with its best path (docs/exposure.md). */
export function referenceExposedFirms(
  graph: RefGraph,
  measureId: string,
  { asOf, knownAt, maxHops, minScore }: Options,
): RefRanked[] {
  const seen = (fact: Timed | undefined) => visible(fact, knownAt);
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const rels = graph.rels.filter((r) => seen(r));
  const out = (from: string, type: string) =>
    rels.filter((r) => r.from === from && r.type === type);
  const into = (to: string, type: string) => rels.filter((r) => r.to === to && r.type === type);
  const is = (id: string, label: string) =>
    (node.get(id)?.labels.includes(label) ?? false) && seen(node.get(id));

  // The measure: visible, and active on asOf by its status changes (the dates rule).
  if (!seen(node.get(measureId))) return [];
  const changes: DatedChange[] = out(measureId, 'HAD_STATUS')
    .map((r) => node.get(r.to) as RefNode)
    .filter((s) => seen(s) && String(s.props.on) <= asOf)
    .map((s) => ({
      status: String(s.props.status),
      on: String(s.props.on),
      precision: s.props.onPrecision as DatedChange['precision'],
      index: Number(s.props.index),
    }));
  const { status } = statusAsOf(changes, asOf);
  if (!status || !ACTIVE_STATUSES.includes(status)) return [];
  const likelihood = (W.statusLikelihood as Record<string, number>)[status] ?? 0;

  // Its scope: covered goods, imposers, the exempted, whom it names.
  const covered = new Set(
    out(measureId, 'COVERS')
      .filter((r) => is(r.to, 'Commodity'))
      .map((r) => r.to),
  );
  const imposers = new Set(
    out(measureId, 'IMPOSED_BY')
      .filter((r) => seen(node.get(r.to)))
      .map((r) => r.to),
  );
  const excluded = new Set([...imposers, ...out(measureId, 'EXEMPTS').map((r) => r.to)]);
  const named = new Set(
    out(measureId, 'TARGETS')
      .filter((r) => seen(node.get(r.to)) && !excluded.has(r.to))
      .map((r) => r.to),
  );
  const allDestinations = ['ALL_DESTINATIONS', 'ALL_EXCEPT'].includes(
    String(node.get(measureId)?.props.scope ?? 'NAMED_TARGETS'),
  );

  // Whom the measure reaches for a firm: the firm itself when named, or a country it is based in.
  const reaches = (firmId: string) => [
    ...(named.has(firmId) ? [{ importer: firmId, basedIn: null as RefRel | null }] : []),
    ...out(firmId, 'BASED_IN')
      .filter(
        (r) => is(r.to, 'Country') && (named.has(r.to) || (allDestinations && !excluded.has(r.to))),
      )
      .map((r) => ({ importer: r.to, basedIn: r as RefRel | null })),
  ];

  // Known shares from the imposers: by importer and good, the largest first, then by id.
  const shares = graph.nodes
    .filter((n) => n.labels.includes('SupplyDependency') && seen(n))
    .flatMap((dep) =>
      out(dep.id, 'SUPPLIER')
        .filter((s) => imposers.has(s.to))
        .flatMap(() =>
          out(dep.id, 'IMPORTER').flatMap((i) =>
            out(dep.id, 'OF_GOOD')
              .filter((g) => node.get(g.to)?.labels.includes('Commodity'))
              .map((g) => ({
                id: dep.id,
                importer: i.to,
                good: g.to,
                share: typeof dep.props.share === 'number' ? dep.props.share : null,
              })),
          ),
        ),
    )
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Every dependency path: (dependent)-[DEPENDS_ON|PRODUCES]->(good), then up to maxHops steps
  // from a good x to an input of it (y INPUT_TO x) or to a class it is in (x MEMBER_OF y),
  // no relationship twice, ending at a covered good; a PRODUCES path goes on by INPUT_TO.
  interface DepPath {
    dependent: string;
    rels: RefRel[];
    goods: string[];
  }
  const paths: DepPath[] = [];
  const walk = (path: DepPath, at: string, steps: number) => {
    if (covered.has(at)) {
      const first = path.rels[0] as RefRel;
      const second = path.rels[1];
      if (first.type === 'DEPENDS_ON' || second?.type === 'INPUT_TO') paths.push(path);
    }
    if (steps === maxHops) return;
    const next = [
      ...into(at, 'INPUT_TO').map((r) => ({ r, to: r.from })),
      ...out(at, 'MEMBER_OF').map((r) => ({ r, to: r.to })),
    ];
    for (const { r, to } of next) {
      if (path.rels.includes(r) || !seen(node.get(to))) continue;
      walk({ ...path, rels: [...path.rels, r], goods: [...path.goods, to] }, to, steps + 1);
    }
  };
  for (const dependent of graph.nodes) {
    if (!(is(dependent.id, 'Company') || is(dependent.id, 'Sector'))) continue;
    for (const first of [...out(dependent.id, 'DEPENDS_ON'), ...out(dependent.id, 'PRODUCES')]) {
      if (!is(first.to, 'Commodity')) continue;
      walk({ dependent: dependent.id, rels: [first], goods: [first.to] }, first.to, 0);
    }
  }

  // Each path for each firm it stands for and each importer the measure reaches; the best kept.
  interface Candidate {
    score: number;
    hops: RefHop[];
    key: string;
    share: string | null;
  }
  const best = new Map<string, Candidate>();
  // On equal ends, the hops' types decide (a sector that both makes and uses a good).
  const types = (c: Candidate) => c.hops.map((h) => h.type).join('|');
  const better = (a: Candidate, b: Candidate) =>
    a.score !== b.score
      ? a.score > b.score
      : a.hops.length !== b.hops.length
        ? a.hops.length < b.hops.length
        : a.key !== b.key
          ? a.key < b.key
          : types(a) < types(b);
  for (const path of paths) {
    const coveredId = path.goods[path.goods.length - 1] as string;
    const ways = is(path.dependent, 'Company')
      ? [{ firmId: path.dependent, via: [] as RefRel[] }]
      : into(path.dependent, 'IN_SECTOR')
          .filter((r) => is(r.from, 'Company'))
          .map((r) => ({ firmId: r.from, via: [r] }));
    for (const { firmId, via } of ways) {
      for (const { importer, basedIn } of reaches(firmId)) {
        const shareGood = [...path.goods]
          .reverse()
          .find((g) => shares.some((s) => s.good === g && s.importer === importer));
        const share = shares.find((s) => s.good === shareGood && s.importer === importer) ?? null;
        const hopRels = [...via, ...path.rels];
        let score =
          (share ? (share.share ?? W.unknownSupplyShare) : W.unknownSupplyShare) * likelihood;
        for (const r of hopRels) score *= referenceHopWeight(r.type, r.props);
        const hops: RefHop[] = [
          ...hopRels.map((r) => ({ type: r.type, from: r.from, to: r.to })),
          { type: 'COVERS', from: measureId, to: coveredId },
          { type: 'TARGETS', from: measureId, to: importer },
          ...(basedIn ? [{ type: 'BASED_IN', from: firmId, to: importer }] : []),
        ];
        const candidate = {
          score,
          hops,
          key: hops.map((h) => `${h.from}>${h.to}`).join('|'),
          share: share?.id ?? null,
        };
        const known = best.get(firmId);
        if (!known || better(candidate, known)) best.set(firmId, candidate);
      }
    }
  }
  return [...best.entries()]
    .filter(([, c]) => c.score > 0 && c.score >= minScore)
    .map(([firmId, c]) => ({ firmId, score: c.score, hops: c.hops, supplyShareId: c.share }))
    .sort((a, b) => b.score - a.score || (a.firmId < b.firmId ? -1 : 1));
}
