import { FactRef } from '../provenance/fact.ts';
import { CoveredRef, FirmOrSectorRef, GoodOrSectorRef } from './goods-edges.ts';
import './commodity-relations.ts';
import './sector-relations.ts';
import './goods-roots.ts';
import { isA, text, texts } from '../nodes/node-props.ts';
import { CommodityRef, SectorRef } from '../nodes/node-refs.ts';

CommodityRef.implement({
  description:
    'A good or class of goods, with its HS codes where they exist. Classes (dual-use items, fish and seafood) hold their members through `members`.',
  interfaces: [FactRef, CoveredRef, GoodOrSectorRef],
  isTypeOf: isA('Commodity'),
  fields: (t) => ({
    name: t.string({ resolve: (c) => text(c, 'name') ?? c.id }),
    aliases: t.stringList({
      description: 'Other names it goes by (rare earths, REE …).',
      resolve: (c) => texts(c, 'aliases'),
    }),
    description: t.string({ nullable: true, resolve: (c) => text(c, 'description') }),
    definition: t.string({
      nullable: true,
      description: 'What the source or a control list says the class includes.',
      resolve: (c) => text(c, 'definition'),
    }),
    hsCodes: t.stringList({
      description:
        'Harmonized System codes as written: a chapter (03), heading (2846) or subheading (2805.30).',
      resolve: (c) => texts(c, 'hsCodes'),
    }),
    hsEdition: t.string({
      nullable: true,
      description: 'The HS edition the codes are from: HS 2022.',
      resolve: (c) => text(c, 'hsEdition'),
    }),
    hsHeadingText: t.string({
      nullable: true,
      description: 'The official text of its HS heading.',
      resolve: (c) => text(c, 'hsHeadingText'),
    }),
    controlCategory: t.string({
      nullable: true,
      description: 'The export-control category it falls under: dual-use.',
      resolve: (c) => text(c, 'controlCategory'),
    }),
  }),
});

SectorRef.implement({
  description: 'An industry: automotive, defence, semiconductors, seafood, tourism …',
  interfaces: [FactRef, CoveredRef, GoodOrSectorRef, FirmOrSectorRef],
  isTypeOf: isA('Sector'),
  fields: (t) => ({
    name: t.string({ resolve: (s) => text(s, 'name') ?? s.id }),
    aliases: t.stringList({
      description: 'Other names it goes by (defense, carmakers …).',
      resolve: (s) => texts(s, 'aliases'),
    }),
    description: t.string({ nullable: true, resolve: (s) => text(s, 'description') }),
  }),
});
