/**
 * A small exposure graph written through the API, then restated, for the tests of exposure's
 * relationship properties at `knownAt` (known-at-relationships.test.ts):
 *
 *   firm -IN_SECTOR-> sector -DEPENDS_ON(0.5)-> motors <-INPUT_TO(0.8)- magnets -MEMBER_OF-> class
 *   class <-COVERS- measure -TARGETS-> target <-BASED_IN- firm; measure -IMPOSED_BY-> imposer;
 *   supply dependency: target imports 40% of its class from imposer
 *
 * As first written (instant `original`) the sector scores 0.5 × 0.8 × 1 × 0.4 = 0.16 and the firm
 * 0.8 × 0.16 = 0.128. Then every fact on the way is restated (instant `restated`): DEPENDS_ON
 * 0.9, INPUT_TO 0.6, MEMBER_OF partial (0.5), the share 0.6, new quotes on IN_SECTOR, COVERS and
 * TARGETS, the measure's description: the sector scores 0.9 × 0.6 × 0.5 × 0.6 = 0.162 since,
 * the firm 0.1296.
 */
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { client, type Json, type Variable } from '../mutations/client.ts';

export const IDS = {
  source: 'source:zkrels-note',
  firm: 'company:zkrels-works',
  sector: 'sector:zkrels-carmakers',
  motors: 'commodity:zkrels-motors',
  magnets: 'commodity:zkrels-magnets',
  covered: 'commodity:zkrels-rare-magnets',
  measure: 'measure:zkrels-curb',
  target: 'country:zkrels-target',
  imposer: 'country:zkrels-imposer',
  share: 'supply-dependency:zkrels-share',
};
export const DEPENDS_ON = `${IDS.sector}-[DEPENDS_ON]->${IDS.motors}`;

/** The quotes of each restated fact, as first written and as restated. */
export const QUOTES = {
  inSector: ['Zkrels Works makes cars', 'Zkrels Works is a carmaker'],
  dependsOn: ['carmakers rely on zkrels motors', 'carmakers rely heavily on zkrels motors'],
  inputTo: ['zkrels magnets go into zkrels motors', 'zkrels motors need zkrels magnets'],
  memberOf: ['zkrels magnets are rare magnets', 'some zkrels magnets are rare magnets'],
  covers: ['curbed rare magnets', 'restricted rare magnets'],
  targets: ['to Kreland', 'bound for Kreland'],
} as const;
const TEXT = [
  'Zkrels Works makes cars. Zkrels Works is a carmaker, based in Kreland.',
  'The carmakers rely on zkrels motors; carmakers rely heavily on zkrels motors.',
  'Most zkrels magnets go into zkrels motors, and zkrels motors need zkrels magnets.',
  'All zkrels magnets are rare magnets, or rather some zkrels magnets are rare magnets.',
  'Quelia curbed rare magnets to Kreland; it restricted rare magnets bound for Kreland.',
  'Kreland gets its rare magnets from Quelia.',
].join(' ');

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
  const upsert = (field: string, input: object, quote: string) =>
    ok(
      mutate(field, {
        input: [`${field.replace('upsert', '')}Input!`, input],
        provenance: quoted(quote),
      }),
    );
  const link = (type: string, from: string, to: string, quote: string, properties?: object) =>
    ok(
      mutate('link', {
        type: ['RelationshipType!', type],
        from: ['ID!', from],
        to: ['ID!', to],
        properties: ['LinkPropertiesInput', properties ?? null],
        provenance: quoted(quote),
      }),
    );
  const good = (id: string, name: string) => upsert('upsertCommodity', { id, name }, name);
  const country = (id: string, name: string, code: string, numeric: string) =>
    upsert('upsertCountry', { id, name, iso2: code, iso3: `${code}Q`, isoNumeric: numeric }, name);
  const measure = (description: string, initialStatus?: object) =>
    upsert(
      'upsertMeasure',
      { id: IDS.measure, kind: 'EXPORT_CONTROL', description, initialStatus },
      'Quelia curbed rare magnets',
    );
  const share = (value: number) =>
    upsert('upsertSupplyDependency', { id: IDS.share, share: value }, 'gets its rare magnets');

  await ok(
    mutate('upsertSource', {
      input: ['SourceInput!', { id: IDS.source, kind: 'ARTICLE', title: 'zkrels', text: TEXT }],
    }),
  );
  await country(IDS.target, 'Kreland', 'QK', '998');
  await country(IDS.imposer, 'Quelia', 'QL', '997');
  await ok(
    mutate('upsertCompany', {
      input: ['OrganizationInput!', { id: IDS.firm, name: 'Zkrels Works' }],
      provenance: quoted('Zkrels Works'),
    }),
  );
  await upsert('upsertSector', { id: IDS.sector, name: 'carmakers' }, 'carmakers');
  await good(IDS.motors, 'zkrels motors');
  await good(IDS.magnets, 'zkrels magnets');
  await good(IDS.covered, 'rare magnets');
  await measure('A curb, as first reported.', {
    status: 'IN_FORCE',
    on: { on: '2026-03-02' },
    provenance: { sourceIds: [IDS.source], quote: 'Quelia curbed rare magnets', confidence: 1 },
  });
  await share(0.4);
  await link('IMPOSED_BY', IDS.measure, IDS.imposer, 'Quelia curbed');
  await link('IMPORTER', IDS.share, IDS.target, 'Kreland gets');
  await link('SUPPLIER', IDS.share, IDS.imposer, 'from Quelia');
  await link('OF_GOOD', IDS.share, IDS.covered, 'its rare magnets');
  await link('BASED_IN', IDS.firm, IDS.target, 'based in Kreland');
  await link('COVERS', IDS.measure, IDS.covered, QUOTES.covers[0]);
  await link('TARGETS', IDS.measure, IDS.target, QUOTES.targets[0]);
  await link('IN_SECTOR', IDS.firm, IDS.sector, QUOTES.inSector[0]);
  await link('INPUT_TO', IDS.magnets, IDS.motors, QUOTES.inputTo[0], { criticality: 0.8 });
  await link('MEMBER_OF', IDS.magnets, IDS.covered, QUOTES.memberOf[0]);
  const dependsOn = (s: 0 | 1) =>
    link('DEPENDS_ON', IDS.sector, IDS.motors, QUOTES.dependsOn[s], { criticality: [0.5, 0.9][s] });
  const original: string = (await dependsOn(0)).at;

  // Restated after `original`: a read as known then must not show any of these.
  await dependsOn(1);
  await link('INPUT_TO', IDS.magnets, IDS.motors, QUOTES.inputTo[1], { criticality: 0.6 });
  await link('MEMBER_OF', IDS.magnets, IDS.covered, QUOTES.memberOf[1], { partial: true });
  await share(0.6);
  await link('IN_SECTOR', IDS.firm, IDS.sector, QUOTES.inSector[1]);
  await link('COVERS', IDS.measure, IDS.covered, QUOTES.covers[1]);
  await link('TARGETS', IDS.measure, IDS.target, QUOTES.targets[1]);
  const restated: string = (await measure('A curb, as corrected.')).at;
  return { original, restated };
}
