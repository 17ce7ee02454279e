import { ActorRef } from '../actors/actor.ts';
import { relation } from '../lists/relation-field.ts';
import { flag, isA, number, present, text } from '../nodes/node-props.ts';
import { CommodityRef, CountryRef, SupplyDependencyRef, TradeFlowRef } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';
import { PartialDate, partialDate, Quantity, quantity } from '../scalars.ts';

TradeFlowRef.implement({
  description:
    'Goods moving from one country to another in a period: 305 metric tons of rare earths from China to Japan in November 2025.',
  interfaces: [FactRef],
  isTypeOf: isA('TradeFlow'),
  fields: (t) => ({
    period: t.field({
      type: PartialDate,
      description: 'The period the figures cover; its precision says month or year.',
      resolve: (f) => present(partialDate(f.props, 'period')),
    }),
    quantity: t.field({
      type: Quantity,
      description: 'How much moved in the period.',
      resolve: (f) => present(quantity(f.props, 'quantity')),
    }),
    change: t.field({
      type: Quantity,
      nullable: true,
      description: 'The change the source reports, signed (+35 percent).',
      resolve: (f) => quantity(f.props, 'change'),
    }),
    description: t.string({ nullable: true, resolve: (f) => text(f, 'description') }),
    from: relation(t, {
      type: CountryRef,
      name: 'TradeFlowFrom',
      spec: { type: 'FROM', direction: 'out', label: 'Country' },
      description: 'The exporting country.',
    }),
    to: relation(t, {
      type: CountryRef,
      name: 'TradeFlowTo',
      spec: { type: 'TO', direction: 'out', label: 'Country' },
      description: 'The importing country.',
    }),
    ofGood: relation(t, {
      type: CommodityRef,
      name: 'TradeFlowOfGood',
      spec: { type: 'OF_GOOD', direction: 'out', label: 'Commodity' },
      description: 'The goods.',
    }),
    reportedBy: relation(t, {
      type: ActorRef,
      name: 'TradeFlowReportedBy',
      spec: { type: 'REPORTED_BY', direction: 'out', label: 'Actor' },
      description: 'Who published the figures (China Customs).',
    }),
  }),
});

SupplyDependencyRef.implement({
  description:
    'The share of an importer’s supply of a good that comes from one supplier: around 60% of Japan’s rare earths from China.',
  interfaces: [FactRef],
  isTypeOf: isA('SupplyDependency'),
  fields: (t) => ({
    share: t.float({
      description: 'A fraction, 0..1 (0.6 is 60%); a weight in exposure scores.',
      resolve: (d) => number(d, 'share') ?? 0,
    }),
    approximate: t.boolean({
      description: '"around", "about"',
      resolve: (d) => flag(d, 'approximate') ?? false,
    }),
    asOf: t.field({
      type: PartialDate,
      nullable: true,
      resolve: (d) => partialDate(d.props, 'asOf'),
    }),
    description: t.string({ nullable: true, resolve: (d) => text(d, 'description') }),
    importer: relation(t, {
      type: CountryRef,
      name: 'SupplyDependencyImporter',
      spec: { type: 'IMPORTER', direction: 'out', label: 'Country' },
      description: 'The country that depends on the supply.',
    }),
    supplier: relation(t, {
      type: CountryRef,
      name: 'SupplyDependencySupplier',
      spec: { type: 'SUPPLIER', direction: 'out', label: 'Country' },
      description: 'The country the share comes from.',
    }),
    ofGood: relation(t, {
      type: CommodityRef,
      name: 'SupplyDependencyOfGood',
      spec: { type: 'OF_GOOD', direction: 'out', label: 'Commodity' },
      description: 'The good supplied.',
    }),
  }),
});
