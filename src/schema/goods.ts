import { FactRef } from './fact.ts';
import { CommodityRef, SectorRef } from './node-refs.ts';
import { isA, text, texts } from './props.ts';

CommodityRef.implement({
  description: 'A good or class of goods, with its HS codes where they exist.',
  interfaces: [FactRef],
  isTypeOf: isA('Commodity'),
  fields: (t) => ({
    name: t.string({ resolve: (c) => text(c, 'name') ?? c.id }),
    hsCodes: t.stringList({ resolve: (c) => texts(c, 'hsCodes') }),
  }),
});

SectorRef.implement({
  description: 'An industry: automotive, defence, semiconductors, seafood, tourism …',
  interfaces: [FactRef],
  isTypeOf: isA('Sector'),
  fields: (t) => ({
    name: t.string({ resolve: (s) => text(s, 'name') ?? s.id }),
  }),
});
