import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { ErrorInterface, NotFoundError, WrongKindError } from '../errors.ts';
import { errorUnion } from '../errors-beside.ts';
import { CommodityRef } from '../nodes/node-refs.ts';

/**
 * A question about exposure to a hypothetical measure (a scenario an estimate costs out): such a
 * measure has no status and is never in force, so it exposes no one; `simulate` is the question.
 */
export class HypotheticalMeasureError extends Error {
  override name = 'HypotheticalMeasureError';
  constructor(readonly id: string) {
    super(
      `Measure "${id}" is hypothetical (a scenario, never in force), so nothing is exposed to it. ` +
        'Ask `simulate(measure: {imposer, targets, goods, status})` with its imposer, targets and goods instead.',
    );
  }
}

/** A good `simulate` was given that is neither a commodity's id nor one of its HS codes. */
export class UnknownGoodError extends Error {
  override name = 'UnknownGoodError';
  constructor(
    readonly good: string,
    readonly closest: GraphNode[],
  ) {
    const names = closest.map((n) => `${n.props.name} (${n.id})`).join(', ');
    super(
      `No good "${good}": give a commodity's id or an HS code.` +
        (names ? ` Closest: ${names}.` : ' Nothing close was found.'),
    );
  }
}

builder.objectType(HypotheticalMeasureError, {
  name: 'HypotheticalMeasureError',
  description: 'The measure is hypothetical; `simulate` answers what it would expose.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeString('id') }),
});

builder.objectType(UnknownGoodError, {
  name: 'UnknownGoodError',
  description: 'A good that is neither a commodity’s id nor an HS code in the graph.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    good: t.exposeString('good', { description: 'What was given.' }),
    closestMatches: t.field({
      type: [CommodityRef],
      description: 'The commodities whose names or HS codes come closest, best first.',
      resolve: (error) => error.closest,
    }),
  }),
});

/** What the exposure fields can refuse, beside their answers (src/schema/errors-beside.ts). */
export const EXPOSURE_ERRORS = [NotFoundError, WrongKindError, HypotheticalMeasureError];
export const SECTOR_EXPOSURE_ERRORS = [NotFoundError, WrongKindError];
export const ID_ERRORS = [NotFoundError];
export const SIMULATE_ERRORS = [NotFoundError, UnknownGoodError];

export const ExposureError = errorUnion(
  'ExposureError',
  EXPOSURE_ERRORS,
  'Why `exposure` was refused: no node with that id, a node that is not a company, or a hypothetical measure.',
);
export const ExposedFirmsError = errorUnion(
  'ExposedFirmsError',
  EXPOSURE_ERRORS,
  'Why `exposedFirms` was refused: no node with that id, a node that is not a measure, or a hypothetical measure (ask `simulate`).',
);
export const SectorExposureError = errorUnion(
  'SectorExposureError',
  SECTOR_EXPOSURE_ERRORS,
  'Why `sectorExposure` was refused: no node with that id, or a node that is not a country.',
);
export const ExplainError = errorUnion(
  'ExplainError',
  ID_ERRORS,
  'Why `explain` was refused: `from` or `to` names nothing.',
);
export const CurbedGoodsError = errorUnion(
  'CurbedGoodsError',
  ID_ERRORS,
  'Why `curbedGoods` was refused: `target` names nothing.',
);
export const SimulateError = errorUnion(
  'SimulateError',
  SIMULATE_ERRORS,
  'Why `simulate` was refused: an imposer, target or exempted actor that names nothing, or a good that is neither a commodity nor an HS code.',
);
