import type { RelationOptions } from '../lists/relation-field.ts';
import { PartialDate, partialDate } from '../scalars.ts';

/**
 * The properties of a HOLDS_POSITION edge, the same from either end (a person's positions, a
 * country's or organisation's officials): the title held, and since/until where the source dates it.
 */
export const positionEdge: RelationOptions['edgeFields'] = (t) => ({
  title: t.string({
    description: 'The position held: "Prime Minister", "President", "Economist".',
    resolve: (edge) => String(edge.relationship.title ?? ''),
  }),
  since: t.field({
    type: PartialDate,
    nullable: true,
    resolve: (edge) => partialDate(edge.relationship, 'since'),
  }),
  until: t.field({
    type: PartialDate,
    nullable: true,
    resolve: (edge) => partialDate(edge.relationship, 'until'),
  }),
});
