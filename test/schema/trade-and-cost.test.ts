import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { edgeIds, IDS as ids, nodeReader } from './ask.ts';

const db = testDatabase();
const node = nodeReader(db);

describe('trade, supply and cost', () => {
  it('shipments rose 35% to 305 metric tons in November 2025, China to Japan', async () => {
    const flow = await node(
      'TradeFlow',
      'trade-flow:cn-jp-rare-earths-2025-11',
      `period { date precision inferred } quantity { value unit approximate } change { value unit }
       from ${ids} to ${ids} ofGood ${ids} reportedBy { edges { node { name } } }`,
    );
    expect(flow.period).toEqual({ date: '2025-11-01', precision: 'MONTH', inferred: false });
    expect(flow.quantity).toEqual({ value: 305, unit: 'metric_ton', approximate: false });
    expect(flow.change).toEqual({ value: 35, unit: 'percent' });
    expect(edgeIds(flow.from)).toEqual(['country:CN']);
    expect(edgeIds(flow.to)).toEqual(['country:JP']);
    expect(edgeIds(flow.ofGood)).toEqual(['commodity:rare-earth-elements']);
    expect(flow.reportedBy.edges).toEqual([{ node: { name: 'China Customs' } }]);
  });

  it('around 60% of Japan’s rare-earth imports come from China', async () => {
    const dependency = await node(
      'SupplyDependency',
      'supply-dependency:jp-rare-earths-from-cn',
      `share approximate quote asOf { date precision } importer ${ids} supplier ${ids} ofGood ${ids}`,
    );
    expect(dependency).toMatchObject({
      share: 0.6,
      approximate: true,
      quote: 'around 60% of its imports still come from China',
      asOf: { date: '2026-01-01', precision: 'MONTH' },
    });
    expect(edgeIds(dependency.importer)).toEqual(['country:JP']);
    expect(edgeIds(dependency.supplier)).toEqual(['country:CN']);
    expect(edgeIds(dependency.ofGood)).toEqual(['commodity:rare-earth-elements']);
  });

  it('Kiuchi: ¥660bn ($4.21bn) and −0.11% of GDP for three months, −0.43% for a year', async () => {
    const fields = `metric scenario durationMonths estimate { value unit approximate }
      estimateConverted { value unit } estimatedBy { edges { inferred node { name } } }
      ofScenario { edges { node { id hypothetical durationMonths } } } for ${ids}`;
    const cost = await node('ImpactEstimate', 'impact-estimate:kiuchi-3-month-curb-cost', fields);
    expect(cost.metric).toBe('cost to Japanese companies');
    expect(cost.estimate).toEqual({ value: 660_000_000_000, unit: 'JPY', approximate: false });
    expect(cost.estimateConverted).toEqual({ value: 4_210_000_000, unit: 'USD' });
    expect(cost.durationMonths).toBe(3);
    expect(cost.estimatedBy.edges).toEqual([
      { inferred: false, node: { name: 'Takahide Kiuchi' } },
    ]);
    expect(edgeIds(cost.for)).toEqual(['country:JP']);
    const gdp = await node('ImpactEstimate', 'impact-estimate:kiuchi-3-month-curb-gdp', fields);
    expect(gdp.estimate).toEqual({ value: -0.11, unit: 'percent', approximate: false });
    expect(gdp.ofScenario.edges[0].node).toMatchObject({ hypothetical: true, durationMonths: 3 });
    const year = await node('ImpactEstimate', 'impact-estimate:kiuchi-1-year-ban-gdp', fields);
    expect(year.estimate.value).toBe(-0.43);
    expect(year.durationMonths).toBe(12);
    expect(year.scenario).toBe('a year-long ban on Chinese rare earth exports');
    // The article does not name him for the year-long ban: the link is inferred.
    expect(year.estimatedBy.edges).toEqual([{ inferred: true, node: { name: 'Takahide Kiuchi' } }]);
    expect(edgeIds(year.ofScenario)).toEqual(['measure:scenario-cn-rare-earth-export-ban-1-year']);
  });

  it('a measure leads to what answered it, what followed it, what it would cost', async () => {
    const ban = await node(
      'Measure',
      'measure:cn-2026-dual-use-export-ban-jp',
      `responses ${ids} followedBy ${ids} mentionedIn { totalCount }`,
    );
    expect(edgeIds(ban.responses)).toEqual(['event:kihara-press-conference']);
    expect(edgeIds(ban.followedBy)).toEqual([
      'observation:khi-shares-fell-2026-01-07',
      'observation:mhi-shares-fell-2026-01-07',
      'observation:nikkei-fell-2026-01-07',
    ]);
    expect(ban.mentionedIn.totalCount).toBe(5); // Kihara's four statements and his press conference
    const curb = await node(
      'Measure',
      'measure:scenario-cn-rare-earth-export-curb-3-months',
      `scenarioOf ${ids}`,
    );
    expect(edgeIds(curb.scenarioOf)).toEqual([
      'impact-estimate:kiuchi-3-month-curb-cost',
      'impact-estimate:kiuchi-3-month-curb-gdp',
    ]);
  });
});
