import { useEffect, useState } from 'preact/hooks';
import { type Answer, ask, useAsk } from '../api.ts';
import { Answered, ScoreBar } from '../components/common.tsx';
import type {
  ExplorerCountriesQuery,
  ExplorerGoodsQuery,
  ExplorerSimulateQuery,
  HypotheticalMeasureInput,
} from '../gql/graphql.ts';
import { CountriesQuery, GoodsQuery, SimulateQuery } from '../operations/explorer.ts';
import { href } from '../route.ts';

type Scope = NonNullable<HypotheticalMeasureInput['scope']>;
type Status = NonNullable<HypotheticalMeasureInput['status']>;

interface Choice {
  id: string;
  label: string;
}

/** Every country, a page of 100 at a time (the API's largest page). */
function useCountries(): Answer<Choice[]> {
  const [answer, setAnswer] = useState<Answer<Choice[]>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    (async () => {
      const all: Choice[] = [];
      let after: string | null = null;
      do {
        const page: ExplorerCountriesQuery['countries'] = (await ask(CountriesQuery, { after }))
          .countries;
        all.push(...page.edges.map((edge) => edge.node));
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after !== null);
      return all;
    })().then(
      (data) => current && setAnswer({ state: 'done', data }),
      (error: Error) => current && setAnswer({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, []);
  return answer;
}

const selected = (select: HTMLSelectElement) =>
  [...select.selectedOptions].map((option) => option.value);

/** Compose a measure that is not in the graph and see whom it would reach: `simulate`. */
export function WhatIfPage() {
  const countryChoices = useCountries();
  const goodChoices = useAsk(GoodsQuery, {});
  const choices: Answer<{
    countries: Choice[];
    goods: NonNullable<ExplorerGoodsQuery['commodities']>['edges'][number]['node'][];
  }> =
    countryChoices.state !== 'done'
      ? countryChoices
      : goodChoices.state !== 'done'
        ? goodChoices
        : {
            state: 'done',
            data: {
              countries: countryChoices.data,
              goods: goodChoices.data.commodities.edges.map((edge) => edge.node),
            },
          };
  const [imposer, setImposer] = useState('country:CN');
  const [scope, setScope] = useState<Scope>('NAMED_TARGETS');
  const [targets, setTargets] = useState<string[]>(['country:JP']);
  const [goods, setGoods] = useState<string[]>([]);
  const [codes, setCodes] = useState('');
  const [status, setStatus] = useState<Status>('IN_FORCE');
  const [result, setResult] = useState<Answer<ExplorerSimulateQuery> | undefined>();

  const run = async () => {
    const all = [
      ...goods,
      ...codes
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    ];
    if (all.length === 0) {
      setResult({ state: 'error', message: 'Choose at least one good, or write an HS code.' });
      return;
    }
    setResult({ state: 'loading' });
    try {
      const data = await ask(SimulateQuery, {
        measure: {
          imposer,
          scope,
          targets: scope === 'ALL_DESTINATIONS' ? [] : targets,
          goods: all,
          status,
          exempt: scope === 'ALL_EXCEPT' ? targets : [],
        },
      });
      setResult({ state: 'done', data });
    } catch (error) {
      setResult({ state: 'error', message: (error as Error).message });
    }
  };

  return (
    <section aria-labelledby="what-if-heading">
      <h1 id="what-if-heading">What if</h1>
      <p>
        Compose a measure that has not been taken and see which firms it would reach. Nothing is
        written to the graph.
      </p>
      <Answered answer={choices} what="the countries and goods">
        {(data) => {
          const { countries, goods: commodities } = data;
          return (
            <form
              class="what-if"
              onSubmit={(event) => {
                event.preventDefault();
                void run();
              }}
            >
              <label>
                Imposed by
                <select
                  name="imposer"
                  value={imposer}
                  onChange={(e) => setImposer(e.currentTarget.value)}
                >
                  {countries.map((country) => (
                    <option key={country.id} value={country.id}>
                      {country.label}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>Whom it reaches</legend>
                {(
                  [
                    ['NAMED_TARGETS', 'the countries chosen below'],
                    ['ALL_DESTINATIONS', 'every destination'],
                    ['ALL_EXCEPT', 'every destination but those chosen below'],
                  ] as const
                ).map(([value, text]) => (
                  <label key={value} class="inline">
                    <input
                      type="radio"
                      name="scope"
                      value={value}
                      checked={scope === value}
                      onChange={() => setScope(value)}
                    />{' '}
                    {text}
                  </label>
                ))}
              </fieldset>
              <label>
                {scope === 'ALL_EXCEPT' ? 'Exempted countries' : 'Target countries'}{' '}
                <span class="quiet">(several with Ctrl or Shift)</span>
                <select
                  name="targets"
                  multiple
                  size={6}
                  disabled={scope === 'ALL_DESTINATIONS'}
                  onChange={(e) => setTargets(selected(e.currentTarget))}
                >
                  {countries.map((country) => (
                    <option
                      key={country.id}
                      value={country.id}
                      selected={targets.includes(country.id)}
                    >
                      {country.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Goods it covers <span class="quiet">(several with Ctrl or Shift)</span>
                <select
                  name="goods"
                  multiple
                  size={8}
                  onChange={(e) => setGoods(selected(e.currentTarget))}
                >
                  {commodities.map((good) => (
                    <option key={good.id} value={good.id} selected={goods.includes(good.id)}>
                      {good.label}
                      {good.hsCodes.length > 0 ? ` (HS ${good.hsCodes.join(', ')})` : ''}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Or HS codes <span class="quiet">(2846, 28.46, 2805.30; comma-separated)</span>
                <input
                  name="codes"
                  value={codes}
                  onInput={(e) => setCodes(e.currentTarget.value)}
                />
              </label>
              <label>
                Status
                <select
                  name="status"
                  value={status}
                  onChange={(e) => setStatus(e.currentTarget.value as Status)}
                >
                  <option value="IN_FORCE">in force</option>
                  <option value="ANNOUNCED">announced</option>
                  <option value="UNDER_CONSIDERATION">under consideration</option>
                  <option value="SUSPENDED">suspended</option>
                </select>
              </label>
              <button type="submit">Simulate</button>
            </form>
          );
        }}
      </Answered>
      {result ? (
        <section class="hypothetical" aria-labelledby="simulated-heading">
          <h2 id="simulated-heading">
            <span class="badge">Hypothetical</span> Simulated exposure
          </h2>
          <Answered answer={result} what="the simulation">
            {(data) => <Simulated result={data.simulate} />}
          </Answered>
        </section>
      ) : null}
    </section>
  );
}

function Simulated({ result }: { result: NonNullable<ExplorerSimulateQuery['simulate']> }) {
  const error = result.error;
  if (error?.__typename === 'UnknownGoodError') {
    return (
      <p class="problem" role="alert">
        No good is known as “{error.good}”.
        {error.closestMatches.length > 0
          ? ` Did you mean ${error.closestMatches.map((good) => good.label).join(', ')}?`
          : ''}
      </p>
    );
  }
  if (error) {
    return (
      <p class="problem" role="alert">
        {'message' in error ? error.message : 'The measure cannot be simulated.'}
      </p>
    );
  }
  const firms = result.firms;
  if (firms.length === 0) {
    return (
      <p class="empty" role="status">
        Such a measure would reach no firm in the graph: none depends on those goods, or none is
        based where it reaches.
      </p>
    );
  }
  return (
    <>
      <p role="status" class="quiet">
        If this measure were taken, {firms.length} firm{firms.length === 1 ? '' : 's'} would be
        exposed. This is a simulation: the graph is unchanged.
      </p>
      <ol class="ranked">
        {firms.map((firm) => (
          <li key={firm.firm.id}>
            <a href={href('firm', firm.firm.id)}>{firm.firm.label}</a>
            <ScoreBar score={firm.score} label={`${firm.firm.label} (hypothetical)`} />
            <span class="quiet"> via {firm.path.hops.map((hop) => hop.type).join(' → ')}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
