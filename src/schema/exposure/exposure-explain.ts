import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { findShortestPaths } from '../../exposure/queries.ts';
import { hopWeight, type ScoredHop } from '../../exposure/score.ts';
import { stepsOf } from '../../exposure/steps.ts';
import { emptyConnection, errorField, orError } from '../errors-beside.ts';
import { pageRanked, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { requireNodes } from './exposure-args.ts';
import { ExplainError, ID_ERRORS } from './exposure-errors.ts';
import { ExposureHop, PathStepRef } from './exposure-path.ts';

interface ScoredPath {
  score: number;
  hops: ScoredHop[];
  /** The node asked `from`: where the path's steps start. */
  start: string;
}

const ConnectionPath = builder.objectRef<ScoredPath>('ConnectionPath').implement({
  description: 'One way two nodes are connected, hop by hop.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        'The product of the hops’ exposure weights (criticality, membership, sector; 1 for the rest: docs/exposure.md), 0..1.',
    }),
    length: t.int({ resolve: (p) => p.hops.length }),
    hops: t.field({
      type: [ExposureHop],
      description: 'The path’s relationships in path order, each with the ends it is stored with.',
      resolve: (p) => p.hops,
    }),
    steps: t.field({
      type: [PathStepRef],
      description:
        'The path read from `from` to `to`: each step’s `from` is the previous step’s `to`, and its `direction` says whether it runs along its relationship or against it.',
      resolve: (p) => stepsOf(p.hops, p.start),
    }),
  }),
});

/** Best first: the higher score, then the shorter path, then a stable order of the hops. */
function byPathScore(a: ScoredPath, b: ScoredPath): number {
  const key = (p: ScoredPath) => p.hops.map((h) => `${h.from}>${h.type}>${h.to}`).join('|');
  return b.score - a.score || a.hops.length - b.hops.length || (key(a) < key(b) ? -1 : 1);
}

builder.queryField('explain', (t) =>
  t.connection(
    {
      type: ConnectionPath,
      description:
        'How is X connected to Y? The shortest paths between two nodes (up to 100), ranked by their exposure score, best first; never through a retracted node or relationship. An id that names nothing is in `error`, beside the connection.',
      args: {
        from: t.arg.globalID({ required: true }),
        to: t.arg.globalID({ required: true }),
        maxHops: t.arg.int({
          required: false,
          description: 'The longest path to consider, in relationships (default 4, 1..6).',
          validate: z
            .number()
            .int()
            .min(1, 'maxHops must be at least 1')
            .max(6, 'maxHops must be at most 6'),
        }),
      },
      resolve: (_root, args, context) =>
        orError(
          ID_ERRORS,
          async () => {
            await requireNodes(context, [args.from.id, args.to.id]);
            const rows = await context.db.run(findShortestPaths, {
              fromId: args.from.id,
              toId: args.to.id,
              maxHops: neo4j.int(args.maxHops ?? 4),
            });
            const paths = rows.map((row) => {
              const hops = row.hops.map((hop) => ({ ...hop, weight: hopWeight(hop) }));
              const score = hops.reduce((product, hop) => product * hop.weight, 1);
              return { hops, score, start: args.from.id };
            });
            return pageRanked(paths.sort(byPathScore), args);
          },
          emptyConnection,
        ),
    },
    { fields: (c) => ({ totalCount: totalCountOf(c), error: errorField(c, ExplainError) }) },
    rootEdge('explain'),
  ),
);
