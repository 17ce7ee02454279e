// Upserts of goods and sectors. How goods hang together (MEMBER_OF a class, INPUT_TO a product)
// and who depends on them (DEPENDS_ON) are relationships: `link`.
import { builder } from '../../builder.ts';
import { NAMED } from './inputs.ts';
import { nodeUpsert } from './payload.ts';

const CommodityInput = builder.inputType('CommodityInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: NAMED.id }),
    name: t.string({ required: true, description: NAMED.name }),
    aliases: t.stringList({ required: false, description: NAMED.aliases }),
    description: t.string({ required: false }),
    definition: t.string({ required: false }),
    hsCodes: t.stringList({
      required: false,
      description: 'Harmonized System codes: 03, 2846 or 2805.30.',
    }),
    hsEdition: t.string({ required: false, description: 'HS 2022 …' }),
    hsHeadingText: t.string({ required: false }),
    controlCategory: t.string({ required: false }),
  }),
});

const SectorInput = builder.inputType('SectorInput', {
  fields: (t) => ({
    id: t.string({ required: true, description: NAMED.id }),
    name: t.string({ required: true, description: NAMED.name }),
    aliases: t.stringList({ required: false, description: NAMED.aliases }),
    description: t.string({ required: false }),
  }),
});

nodeUpsert({
  field: 'upsertCommodity',
  label: 'Commodity',
  input: CommodityInput,
  description:
    'Creates a good (`commodity:…`) or restates it. MEMBER_OF and INPUT_TO are relationships: `link`.',
});
nodeUpsert({
  field: 'upsertSector',
  label: 'Sector',
  input: SectorInput,
  description: 'Creates a sector (`sector:…`) or restates it.',
});
