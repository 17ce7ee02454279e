import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { asker, edgeIds } from './ask.ts';

const db = testDatabase();
const ask = asker(db);

/** One event by id, with the given selection. */
async function event(id: string, selection: string) {
  const data = await ask(`query($id: ID!) { node(id: $id) { ... on Event { ${selection} } } }`, {
    id: globalId('Event', id),
  });
  return data.node;
}

const ids = '{ edges { node { ... on Node { id } } } }';

describe('an event and its relationships', () => {
  it('reads the dispute: its date, parties, cause, the analogy and who drew it', async () => {
    const dispute = await event(
      'event:cn-jp-dispute-2025',
      `kind summary quote planned occurredOn { date precision inferred rationale }
       involves ${ids}
       triggeredBy { edges { inferred confidence rationale node { ... on Node { id } } } }
       comparedTo { totalCount edges { by quote node { ... on Event { id summary } } } }
       mentionedIn ${ids} followedBy ${ids}`,
    );
    expect(dispute.kind).toBe('DIPLOMATIC_DISPUTE');
    expect(dispute.quote).toBe('The dispute has attracted international attention.');
    expect(dispute.planned).toBe(false);
    expect(dispute.occurredOn).toMatchObject({ date: '2025-11-01', precision: 'MONTH' });
    expect(dispute.occurredOn.inferred).toBe(true);
    expect(edgeIds(dispute.involves)).toEqual(['country:CN', 'country:JP']);
    const [cause] = dispute.triggeredBy.edges;
    expect(edgeIds(dispute.triggeredBy)).toEqual(['event:takaichi-taiwan-remarks']);
    expect(cause).toMatchObject({ inferred: true, confidence: 0.9 });
    expect(cause.rationale).toMatch(/retaliation/);
    expect(dispute.comparedTo.totalCount).toBe(1);
    const [analogy] = dispute.comparedTo.edges;
    expect(analogy.by).toBe('Analysts');
    expect(analogy.quote).toBe('Analysts have compared the current dispute to the 2012 rift');
    expect(analogy.node.summary).toMatch(/2012 rift/);
    expect(edgeIds(dispute.mentionedIn)).toEqual([
      'statement:ishii-will-drag-on',
      'statement:trump-urged-takaichi-not-to-escalate',
    ]);
    expect(edgeIds(dispute.followedBy)).toEqual(['observation:takaichi-domestic-popularity']);
  });

  it('reads the 2012 rift: what triggered it, its parts, and what was likened to it', async () => {
    const rift = await event(
      'event:cn-jp-rift-2012',
      `occurredOn { date precision inferred } triggeredBy { edges { quote node { ... on Node { id } } } }
       parts { edges { inferred confidence node { id durationMonths } } }
       comparedFrom { edges { by node { ... on Node { id } } } }`,
    );
    expect(rift.occurredOn).toEqual({ date: '2012-01-01', precision: 'YEAR', inferred: false });
    expect(edgeIds(rift.triggeredBy)).toEqual(['event:jp-islands-nationalisation-2012']);
    expect(rift.triggeredBy.edges[0].quote).toBe(
      'the 2012 rift triggered by Tokyo’s nationalization of disputed islands',
    );
    expect(edgeIds(rift.parts)).toEqual([
      'event:cn-anti-japan-protests-2012',
      'event:cn-jp-high-level-freeze-2012',
    ]);
    expect(rift.parts.edges[1].node.durationMonths).toBe(30);
    expect(rift.parts.edges[0]).toMatchObject({ inferred: true, confidence: 0.8 });
    expect(rift.comparedFrom.edges).toEqual([
      { by: 'Analysts', node: { id: globalId('Event', 'event:cn-jp-dispute-2025') } },
    ]);

    const nationalisation = await event(
      'event:jp-islands-nationalisation-2012',
      `by ${ids} triggered ${ids}`,
    );
    expect(edgeIds(nationalisation.by)).toEqual(['country:JP']);
    expect(edgeIds(nationalisation.triggered)).toEqual([
      'event:cn-anti-japan-protests-2012',
      'event:cn-jp-high-level-freeze-2012',
      'event:cn-jp-rift-2012',
    ]);
    const protests = await event(
      'event:cn-anti-japan-protests-2012',
      `partOf ${ids} locatedIn ${ids}`,
    );
    expect(edgeIds(protests.partOf)).toEqual(['event:cn-jp-rift-2012']);
    expect(edgeIds(protests.locatedIn)).toEqual(['country:CN']);
  });

  it('reads the chain of retaliation from Takaichi’s remarks', async () => {
    const remarks = await event(
      'event:takaichi-taiwan-remarks',
      `by ${ids} about ${ids} statements ${ids} triggered ${ids} responses { totalCount edges { node { ... on Node { id } } } }`,
    );
    expect(edgeIds(remarks.by)).toEqual(['person:sanae-takaichi']);
    expect(edgeIds(remarks.about)).toEqual(['country:TW']);
    expect(edgeIds(remarks.statements)).toEqual(['statement:takaichi-taiwan-existential-threat']);
    expect(edgeIds(remarks.triggered)).toEqual(['event:cn-jp-dispute-2025']);
    expect(edgeIds(remarks.responses)).toEqual([
      'event:cn-demands-takaichi-retraction',
      'measure:cn-2025-event-cancellations-jp',
      'measure:cn-2025-seafood-import-halt-jp',
      'measure:cn-2025-travel-advisory-jp',
      'measure:cn-2026-dual-use-export-ban-jp',
    ]);
    expect(remarks.responses.totalCount).toBe(5);

    const demand = await event(
      'event:cn-demands-takaichi-retraction',
      `outcome by ${ids} respondsTo ${ids} about ${ids}`,
    );
    expect(demand.outcome).toBe('Takaichi has not retracted her comments.');
    expect(edgeIds(demand.by)).toEqual(['country:CN']);
    expect(edgeIds(demand.respondsTo)).toEqual(['event:takaichi-taiwan-remarks']);
    expect(edgeIds(demand.about)).toEqual(['event:takaichi-taiwan-remarks']);
  });

  it('reads Kihara’s press conference, Trump’s truce and planned visit, Japan’s diversification', async () => {
    const conference = await event(
      'event:kihara-press-conference',
      `occurredOn { date precision } by ${ids} statements { totalCount } respondsTo ${ids} about ${ids}`,
    );
    expect(conference.occurredOn).toEqual({ date: '2026-01-07', precision: 'DAY' });
    expect(edgeIds(conference.by)).toEqual(['person:minoru-kihara']);
    expect(conference.statements.totalCount).toBe(4);
    expect(edgeIds(conference.respondsTo)).toEqual(['measure:cn-2026-dual-use-export-ban-jp']);
    expect(edgeIds(conference.about)).toEqual(['measure:cn-2026-dual-use-export-ban-jp']);

    const truce = await event('event:trump-xi-trade-truce', `by ${ids} involves ${ids}`);
    expect(edgeIds(truce.by)).toEqual(['person:donald-trump']);
    expect(edgeIds(truce.involves)).toEqual(['country:CN', 'country:US', 'person:xi-jinping']);

    const visit = await event(
      'event:trump-beijing-visit-2026',
      `planned summary occurredOn { date precision } locatedIn ${ids}`,
    );
    expect(visit).toMatchObject({
      planned: true,
      summary: 'Trump is scheduled to visit Beijing in April.',
    });
    expect(visit.occurredOn).toEqual({ date: '2026-04-01', precision: 'MONTH' });
    expect(edgeIds(visit.locatedIn)).toEqual(['country:CN']);

    const diversification = await event(
      'event:jp-rare-earth-diversification',
      `respondsTo ${ids} about ${ids}`,
    );
    expect(edgeIds(diversification.respondsTo)).toEqual([
      'measure:cn-2010-rare-earth-export-restriction',
    ]);
    expect(edgeIds(diversification.about)).toEqual(['commodity:rare-earth-elements']);
  });
});
