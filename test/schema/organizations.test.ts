import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { localIds, readNode } from '../helpers/read-node.ts';

const db = testDatabase();

describe('organisations', () => {
  it('reads Itochu: a Japanese trading house whose president is Keita Ishii', async () => {
    const itochu = await readNode(
      db,
      globalId('Company', 'company:itochu'),
      `... on Company { name kind stateOwned
         officials { edges { title quote node { name } } }
         basedIn { edges { quote node { iso3 } } }
         sectors { edges { node { name } } }
         dependsOn { totalCount } produces { totalCount } }`,
    );
    expect(itochu).toMatchObject({ name: 'Itochu Corporation', kind: 'trading house' });
    expect(itochu.officials.edges).toEqual([
      {
        title: 'President',
        quote: 'Keita Ishii, president of Itochu Corp',
        node: { name: 'Keita Ishii' },
      },
    ]);
    expect(itochu.basedIn.edges).toEqual([
      { quote: 'one of Japan’s largest trading houses', node: { iso3: 'JPN' } },
    ]);
    expect(itochu.sectors.edges).toEqual([{ node: { name: 'Trading houses' } }]);
    expect(itochu.dependsOn.totalCount).toBe(0);
  });

  it('reads KHI and MHI as defence contractors and aerospace makers, what they make inferred with a rationale', async () => {
    for (const id of ['company:kawasaki-heavy-industries', 'company:mitsubishi-heavy-industries']) {
      const firm = await readNode(
        db,
        globalId('Company', id),
        `... on Company {
           sectors { edges { inferred quote node { name } } }
           dependsOn { totalCount }
           produces { edges { criticality inferred rationale sources { id } node { name } } }
           observations { totalCount } }`,
      );
      expect(firm.sectors.edges).toEqual([
        { inferred: true, quote: null, node: { name: 'Aerospace' } },
        {
          inferred: false,
          quote: expect.stringContaining('major defense contractors Kawasaki Heavy Industries'),
          node: { name: 'Defence' },
        },
      ]);
      // What they need follows from what they make (docs/exposure.md): no DEPENDS_ON of their own.
      expect(firm.dependsOn.totalCount).toBe(0);
      expect(firm.produces.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
        expect.arrayContaining(['Aircraft', 'Munitions of war, including missiles']),
      );
      for (const edge of firm.produces.edges) {
        expect(edge.inferred).toBe(true);
        expect(edge.criticality).toBeGreaterThan(0);
        expect(edge.rationale).toEqual(expect.any(String));
        expect(edge.sources).toEqual([{ id: expect.any(String) }]);
      }
      expect(firm.observations.totalCount).toBe(1);
    }
  });

  it('reads what MHI produces: missiles and aircraft', async () => {
    const mhi = await readNode(
      db,
      globalId('Company', 'company:mitsubishi-heavy-industries'),
      '... on Company { produces { edges { inferred node { name hsCodes } } } }',
    );
    expect(mhi.produces.edges).toEqual([
      { inferred: true, node: { name: 'Aircraft', hsCodes: ['8802'] } },
      { inferred: true, node: { name: 'Munitions of war, including missiles', hsCodes: ['9306'] } },
    ]);
  });

  it('reads what an agency and a newspaper reported, through the Organization interface', async () => {
    const query = `... on Organization { kind basedIn { edges { node { iso2 } } } }
      ... on Actor { reported { edges { node { ... on Node { id } } } } }`;
    const customs = await readNode(
      db,
      globalId('GovernmentBody', 'government-body:cn-customs'),
      query,
    );
    expect(customs.kind).toBe('customs authority');
    expect(customs.basedIn.edges).toEqual([{ node: { iso2: 'CN' } }]);
    expect(localIds(customs.reported)).toEqual([
      'observation:cn-rare-earth-exports-to-jp-no-decline',
      'trade-flow:cn-jp-rare-earths-2025-11',
    ]);
    const chinaDaily = await readNode(
      db,
      globalId('MediaOutlet', 'media-outlet:china-daily'),
      query,
    );
    expect(localIds(chinaDaily.reported)).toEqual([
      'measure:cn-2026-rare-earth-licence-tightening-jp',
    ]);
  });

  it('reads Nomura Research Institute: its economist and where it is based (inferred)', async () => {
    const nri = await readNode(
      db,
      globalId('ResearchInstitute', 'research-institute:nomura-research-institute'),
      `... on ResearchInstitute { officials { edges { title node { name } } }
         basedIn { edges { inferred rationale node { iso2 } } } }`,
    );
    expect(nri.officials.edges).toEqual([
      { title: 'Economist', node: { name: 'Takahide Kiuchi' } },
    ]);
    expect(nri.basedIn.edges).toEqual([
      { inferred: true, rationale: expect.any(String), node: { iso2: 'JP' } },
    ]);
  });

  it('pages a relationship and refuses a page larger than 100, naming `first`', async () => {
    const page = await readNode(
      db,
      globalId('Country', 'country:JP'),
      `... on Country { organizations(first: 2, after: "${Buffer.from('OffsetConnection:0').toString('base64')}") {
         totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }`,
    );
    expect(page.organizations.totalCount).toBe(4);
    expect(page.organizations.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(page.organizations.edges).toEqual([
      { node: { name: 'Kawasaki Heavy Industries' } },
      { node: { name: 'Mitsubishi Heavy Industries' } },
    ]);
    const { errors } = await run(
      db,
      'query($id: ID!) { node(id: $id) { ... on Country { officials(first: 101) { totalCount } } } }',
      { id: globalId('Country', 'country:JP') },
    );
    expect(errors?.[0]?.message).toMatch(/"first"/);
  });
});
