import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import {
  countCommodities,
  countCommodityPage,
  countSectors,
  countSectorsQuery,
} from '../../db/goods.ts';
import { listCommodities, listSectors } from '../../read/roots.ts';
import { includeRetractedArg } from '../lists/retracted-arg.ts';
import { resolveRootList, rootEdge } from '../lists/root-list.ts';
import { totalCountOf } from '../lists/root-total-count.ts';
import { CommodityRef, SectorRef } from '../nodes/node-refs.ts';

const CommodityListFilter = builder.inputType('CommodityFilter', {
  fields: (t) => ({
    hsCode: t.string({
      required: false,
      description:
        'An HS code or its start, with or without dots: "2805.30", "280530", "28" (a chapter). Keeps goods with any code that starts with it.',
    }),
  }),
});

/**
 * The digits of an HS code prefix, so "2805.30" and "280530" ask the same. Anything else than
 * digits and dots is refused by name: an empty answer would hide the typo.
 */
export function hsCodePrefix(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!/^[0-9][0-9.]*$/.test(value.trim())) {
    throw new GraphQLError(
      `Argument "hsCode" must be an HS code or its start, digits and dots (2805.30); got ${JSON.stringify(value)}.`,
      { extensions: { code: 'BAD_USER_INPUT', argument: 'hsCode' } },
    );
  }
  return value.trim().replaceAll('.', '');
}

builder.queryFields((t) => ({
  commodities: t.connection(
    {
      type: CommodityRef,
      description: 'Goods and classes of goods, by name then id; filtered by HS code.',
      args: {
        filter: t.arg({ type: CommodityListFilter, required: false }),
        includeRetracted: includeRetractedArg(t.arg, 'Also retracted goods.'),
      },
      resolve: (_root, args, context, info) => {
        const filter = {
          hsCode: hsCodePrefix(args.filter?.hsCode),
          includeRetracted: args.includeRetracted ?? false,
        };
        return resolveRootList(context, args, () => countCommodityPage(context.db, filter), {
          info,
          type: 'Commodity',
          planned: { query: listCommodities, count: countCommodities, params: filter },
        });
      },
    },
    { fields: (c) => ({ totalCount: totalCountOf(c) }) },
    rootEdge('commodities'),
  ),
  sectors: t.connection(
    {
      type: SectorRef,
      description: 'Industries, by name then id.',
      args: { includeRetracted: includeRetractedArg(t.arg, 'Also retracted sectors.') },
      resolve: (_root, args, context, info) => {
        const includeRetracted = args.includeRetracted ?? false;
        return resolveRootList(context, args, () => countSectors(context.db, includeRetracted), {
          info,
          type: 'Sector',
          planned: {
            query: listSectors,
            count: countSectorsQuery,
            params: { includeRetracted },
          },
        });
      },
    },
    { fields: (c) => ({ totalCount: totalCountOf(c) }) },
    rootEdge('sectors'),
  ),
}));
