/**
 * A small exposure graph written through the API, then restated, for the tests of exposure's
 * relationship properties at `knownAt` (known-at-relationships.test.ts):
 *
 *   firm -IN_SECTOR-> sector -DEPENDS_ON(0.5)-> magnets <-COVERS- measure -TARGETS-> target
 *   firm -BASED_IN-> target; measure -IMPOSED_BY-> imposer;
 *   supply dependency: target imports 40% of its magnets from imposer
 *
 * As first written (instant `original`) the firm scores 0.8 × 0.5 × 0.4 = 0.16 and the sector
 * 0.5 × 0.4 = 0.2. Afterwards the DEPENDS_ON is restated (criticality 0.9, another quote), the
 * share (0.6), the quotes of IN_SECTOR, COVERS and TARGETS, and the measure's description
 * (instant `restated`): 0.432 and 0.54 since.
 */
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { client, type Json, type Variable } from '../mutations/client.ts';

export const IDS = {
  source: 'source:zkrels-note',
  firm: 'company:zkrels-motors',
  sector: 'sector:zkrels-carmakers',
  magnets: 'commodity:zkrels-magnets',
  measure: 'measure:zkrels-curb',
  target: 'country:zkrels-target',
  imposer: 'country:zkrels-imposer',
  share: 'supply-dependency:zkrels-share',
};
export const DEPENDS_ON = `${IDS.sector}-[DEPENDS_ON]->${IDS.magnets}`;

/** The quotes of each restated fact, as first written and as restated. */
export const QUOTES = {
  dependsOn: ['carmakers rely on zkrels magnets', 'carmakers rely heavily on zkrels magnets'],
  inSector: ['Zkrels Motors makes cars', 'Zkrels Motors is a carmaker'],
  covers: ['curbed zkrels magnets', 'restricted zkrels magnets'],
  targets: ['to Kreland', 'bound for Kreland'],
} as const;
const TEXT = `Zkrels Motors makes cars. Zkrels Motors is a carmaker, based in Kreland. The carmakers rely on zkrels magnets; carmakers rely heavily on zkrels magnets. Quelia curbed zkrels magnets to Kreland; it restricted zkrels magnets bound for Kreland. Kreland gets its zkrels magnets from Quelia.`;

export const removeRestatedGraph = (db: Database) =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zkrels' OR n.versionOf CONTAINS 'zkrels' DETACH DELETE n`,
    {},
    'WRITE',
  );

/** Writes the graph, restates it, and answers the instants before and after the restatements. */
export async function writeRestatedGraph(db: Database) {
  const { mutate } = client(db);
  const ok = async (answer: Promise<Json>): Promise<Json> => {
    const { data, error, errors } = await answer;
    expect(error ?? errors).toBeUndefined();
    return data;
  };
  const quoted = (quote: string) =>
    ['ProvenanceInput!', { sourceIds: [IDS.source], quote, confidence: 1 }] as Variable;
  const upsert = (field: string, type: string, input: object, quote = 'Zkrels Motors') =>
    ok(mutate(field, { input: [`${type}!`, input], provenance: quoted(quote) }));
  const link = (type: string, from: string, to: string, quote: string, criticality?: number) =>
    ok(
      mutate('link', {
        type: ['RelationshipType!', type],
        from: ['ID!', from],
        to: ['ID!', to],
        properties: ['LinkPropertiesInput', criticality === undefined ? null : { criticality }],
        provenance: quoted(quote),
      }),
    );
  const measure = (description: string, initialStatus?: object) =>
    upsert(
      'upsertMeasure',
      'MeasureInput',
      {
        id: IDS.measure,
        kind: 'EXPORT_CONTROL',
        description,
        ...(initialStatus ? { initialStatus } : {}),
      },
      'Quelia curbed zkrels magnets',
    );
  const share = (value: number) =>
    upsert(
      'upsertSupplyDependency',
      'SupplyDependencyInput',
      { id: IDS.share, share: value },
      'Kreland gets its zkrels magnets from Quelia',
    );

  await ok(
    mutate('upsertSource', {
      input: [
        'SourceInput!',
        { id: IDS.source, kind: 'ARTICLE', title: 'A zkrels note', text: TEXT },
      ],
    }),
  );
  const country = (id: string, name: string, code: string, numeric: string) =>
    upsert(
      'upsertCountry',
      'CountryInput',
      { id, name, iso2: code, iso3: `${code}Q`, isoNumeric: numeric },
      name,
    );
  await country(IDS.target, 'Kreland', 'QK', '998');
  await country(IDS.imposer, 'Quelia', 'QL', '997');
  await upsert('upsertCompany', 'OrganizationInput', { id: IDS.firm, name: 'Zkrels Motors' });
  await upsert('upsertSector', 'SectorInput', { id: IDS.sector, name: 'carmakers' }, 'carmakers');
  await upsert(
    'upsertCommodity',
    'CommodityInput',
    { id: IDS.magnets, name: 'zkrels magnets' },
    'zkrels magnets',
  );
  await measure('A curb, as first reported.', {
    status: 'IN_FORCE',
    on: { on: '2026-03-02' },
    provenance: { sourceIds: [IDS.source], quote: 'Quelia curbed zkrels magnets', confidence: 1 },
  });
  await share(0.4);
  await link('IMPOSED_BY', IDS.measure, IDS.imposer, 'Quelia curbed');
  await link('IMPORTER', IDS.share, IDS.target, 'Kreland gets');
  await link('SUPPLIER', IDS.share, IDS.imposer, 'from Quelia');
  await link('OF_GOOD', IDS.share, IDS.magnets, 'its zkrels magnets');
  await link('BASED_IN', IDS.firm, IDS.target, 'based in Kreland');
  await link('COVERS', IDS.measure, IDS.magnets, QUOTES.covers[0]);
  await link('TARGETS', IDS.measure, IDS.target, QUOTES.targets[0]);
  await link('IN_SECTOR', IDS.firm, IDS.sector, QUOTES.inSector[0]);
  const original: string = (
    await link('DEPENDS_ON', IDS.sector, IDS.magnets, QUOTES.dependsOn[0], 0.5)
  ).at;

  // Restated after `original`: a read as known then must not show any of these.
  await link('DEPENDS_ON', IDS.sector, IDS.magnets, QUOTES.dependsOn[1], 0.9);
  await share(0.6);
  await link('IN_SECTOR', IDS.firm, IDS.sector, QUOTES.inSector[1]);
  await link('COVERS', IDS.measure, IDS.magnets, QUOTES.covers[1]);
  await link('TARGETS', IDS.measure, IDS.target, QUOTES.targets[1]);
  const restated: string = (await measure('A curb, as corrected.')).at;
  return { original, restated };
}
