import { describe, expect, it } from 'vitest';
import { NodeSchema } from '../../src/model/format-nodes.ts';
import { OBSERVATION_DIRECTIONS } from '../../src/schema/figures/observation.ts';
import { testDatabase } from '../helpers/database.ts';
import { asker, edgeIds, IDS, nodeReader } from './ask.ts';

const db = testDatabase();
const ask = asker(db);
const node = nodeReader(db);
const ids = IDS;

describe('observations: the market moves', () => {
  it('the Nikkei fell about 1% after the announcement, against record highs elsewhere', async () => {
    const nikkei = await node(
      'Observation',
      'observation:nikkei-fell-2026-01-07',
      `metric instrument direction quote change { value unit approximate }
       observedOn { date precision inferred } of ${ids} follows ${ids} contrastsWith ${ids}`,
    );
    expect(nikkei).toMatchObject({
      instrument: 'Nikkei share index',
      direction: 'DOWN',
      quote: 'Japan’s Nikkei share index fell about 1% on Wednesday',
      change: { value: -1, unit: 'percent', approximate: true },
      observedOn: { date: '2026-01-07', precision: 'DAY', inferred: true },
    });
    expect(edgeIds(nikkei.of)).toEqual(['country:JP']);
    expect(edgeIds(nikkei.follows)).toEqual(['measure:cn-2026-dual-use-export-ban-jp']);
    expect(edgeIds(nikkei.contrastsWith)).toEqual([
      'observation:us-european-benchmarks-record-highs',
    ]);
    const records = await node(
      'Observation',
      'observation:us-european-benchmarks-record-highs',
      `direction change { value } contrastedBy ${ids}`,
    );
    expect(records.direction).toBe('RECORD_HIGH');
    expect(records.change).toBeNull();
    expect(edgeIds(records.contrastedBy)).toEqual(['observation:nikkei-fell-2026-01-07']);
  });

  it('KHI and MHI shares fell roughly 3%; customs data shows no decline, reported by China Customs', async () => {
    for (const [id, firm] of [
      ['observation:khi-shares-fell-2026-01-07', 'company:kawasaki-heavy-industries'],
      ['observation:mhi-shares-fell-2026-01-07', 'company:mitsubishi-heavy-industries'],
    ] as const) {
      const shares = await node('Observation', id, `change { value unit approximate } of ${ids}`);
      expect(shares.change).toEqual({ value: -3, unit: 'percent', approximate: true });
      expect(edgeIds(shares.of)).toEqual([firm]);
    }
    const customs = await node(
      'Observation',
      'observation:cn-rare-earth-exports-to-jp-no-decline',
      `direction of ${ids} reportedBy { edges { quote node { name } } }`,
    );
    expect(customs.direction).toBe('NO_DECLINE');
    expect(edgeIds(customs.of)).toEqual(['commodity:rare-earth-elements']);
    expect(customs.reportedBy.edges).toEqual([
      { quote: 'China Customs data does not indicate a decline', node: { name: 'China Customs' } },
    ]);
  });

  it('the direction enum is the seed’s', () => {
    const observation = NodeSchema.options.find((o) => o.shape.label.value === 'Observation');
    const shape = observation?.shape as { direction: { unwrap(): { options: string[] } } };
    expect(shape.direction.unwrap().options).toEqual([...OBSERVATION_DIRECTIONS]);
  });
});

describe('figure lists', () => {
  it('lists each kind of figure at the root, with totalCount', async () => {
    const data = await ask(`{
      observations(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
      tradeFlows { totalCount edges { node { id } } }
      supplyDependencies { totalCount }
      impactEstimates { totalCount edges { node { id } } }
    }`);
    expect(data.observations.totalCount).toBe(6);
    expect(edgeIds(data.observations)).toEqual([
      'observation:cn-rare-earth-exports-to-jp-no-decline',
      'observation:khi-shares-fell-2026-01-07',
    ]);
    expect(data.observations.pageInfo.hasNextPage).toBe(true);
    expect(edgeIds(data.tradeFlows)).toEqual(['trade-flow:cn-jp-rare-earths-2025-11']);
    expect(data.supplyDependencies.totalCount).toBe(1);
    expect(edgeIds(data.impactEstimates)).toEqual([
      'impact-estimate:kiuchi-1-year-ban-gdp',
      'impact-estimate:kiuchi-3-month-curb-cost',
      'impact-estimate:kiuchi-3-month-curb-gdp',
    ]);
  });
});
