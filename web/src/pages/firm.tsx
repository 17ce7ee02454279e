import { useAsk } from '../api.ts';
import { Answered, ScoreBar, words } from '../components/common.tsx';
import { browserLink, PathGraph, pathCypher } from '../components/path-graph.tsx';
import { QuoteInSource } from '../components/quote.tsx';
import type { ExplorerFirmQuery } from '../gql/graphql.ts';
import { FirmQuery } from '../operations/explorer.ts';
import { href } from '../route.ts';

type MeasureExposure = NonNullable<ExplorerFirmQuery['exposure']>['measures'][number];
type Hop = MeasureExposure['path']['hops'][number];

export function FirmPage({ id, asOf, focus }: { id: string; asOf: string; focus: string }) {
  const answer = useAsk(FirmQuery, { id, asOf: asOf || null });
  return (
    <Answered answer={answer} what="the firm’s exposure">
      {(data) => {
        const node = data.node;
        const exposure = data.exposure;
        if (!node || !exposure || exposure.error?.__typename === 'NotFoundError') {
          return (
            <p class="problem" role="alert">
              There is no firm with the id “{id}”. <a href={href('')}>Search for one</a>.
            </p>
          );
        }
        if (exposure.error) {
          return (
            <p class="problem" role="alert">
              {'message' in exposure.error
                ? exposure.error.message
                : 'This firm’s exposure cannot be scored.'}
            </p>
          );
        }
        const measures = [...exposure.measures].sort(
          (a, b) => Number(b.measure.id === focus) - Number(a.measure.id === focus),
        );
        const basedIn = node.__typename === 'Company' ? node.basedIn.edges : [];
        return (
          <article aria-labelledby="firm-heading">
            <p class="kind">
              firm
              {basedIn.length > 0
                ? ` · based in ${basedIn.map((e) => e.node.label).join(', ')}`
                : ''}
            </p>
            <h1 id="firm-heading">{node.label}</h1>
            {node.__typename === 'Company' && node.description ? <p>{node.description}</p> : null}
            <p>
              Exposed to {measures.length} measure{measures.length === 1 ? '' : 's'}
              {asOf ? ` on ${asOf}` : ' today'}; over all of them{' '}
              <ScoreBar score={exposure.total} label="total exposure" /> (the chance that at least
              one bites, were they independent).
            </p>
            {exposure.uncertain && exposure.uncertainty ? (
              <p class="warning" role="note">
                Uncertain: {exposure.uncertainty}
              </p>
            ) : null}
            {measures.length === 0 ? (
              <p class="empty" role="status">
                No measure reaches this firm{asOf ? ` on ${asOf}` : ' today'}: nothing it depends
                on, or makes, is curbed against it.
              </p>
            ) : (
              measures.map((m) => <MeasurePath key={m.measure.id} exposure={m} />)
            )}
          </article>
        );
      }}
    </Answered>
  );
}

function MeasurePath({ exposure }: { exposure: MeasureExposure }) {
  const hops = exposure.path.hops;
  const link = browserLink(pathCypher(hops));
  const headingId = `path-${exposure.measure.id.replace(/[^\w-]/g, '-')}`;
  return (
    <section class="measure-path" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={href('measure', exposure.measure.id)}>{exposure.measure.label}</a>
      </h2>
      <p>
        <ScoreBar score={exposure.score} label={exposure.measure.label} />{' '}
        {exposure.measure.status ? (
          <span class="quiet">{words(exposure.measure.status)}</span>
        ) : null}
      </p>
      {exposure.path.uncertain && exposure.path.uncertainty ? (
        <p class="warning" role="note">
          Uncertain: {exposure.path.uncertainty}
        </p>
      ) : null}
      <div class="path">
        <PathGraph
          steps={exposure.path.steps}
          hops={hops}
          label={`The best path from the firm to ${exposure.measure.label}, ${hops.length} steps; each step is described in the list that follows.`}
        />
        <ol class="hops" aria-label="Each step of the path">
          {hops.map((hop, i) => (
            <HopItem key={`${hop.type}-${hop.from.id}-${hop.to.id}`} hop={hop} index={i} />
          ))}
        </ol>
      </div>
      {link ? (
        <p>
          <a class="browser-link" href={link} target="_blank" rel="noreferrer noopener">
            Open this path in the Neo4j Browser
          </a>{' '}
          <span class="quiet">(the Cypher is filled in; press Run)</span>
        </p>
      ) : null}
    </section>
  );
}

function HopItem({ hop, index }: { hop: Hop; index: number }) {
  return (
    <li class="hop">
      <p class="hop-line">
        <span class="step">Step {index + 1}.</span> {hop.from.label}{' '}
        <code>
          —{hop.type}
          {hop.scope ? ` (${hop.scope})` : ''}→
        </code>{' '}
        {hop.to.label}
      </p>
      <dl class="hop-facts">
        <dt>Weight</dt>
        <dd>{hop.weight}</dd>
        {hop.criticality !== null && hop.criticality !== undefined ? (
          <>
            <dt>Criticality</dt>
            <dd>{hop.criticality}</dd>
          </>
        ) : null}
        <dt>Confidence</dt>
        <dd>{hop.confidence}</dd>
        <dt>Stated or inferred</dt>
        <dd>
          {hop.inferred
            ? `Inferred by an analyst: ${hop.rationale ?? 'no reason given'}`
            : 'Stated by the source'}
        </dd>
      </dl>
      {hop.quote ? (
        hop.sources.length > 0 ? (
          hop.sources.map((source) => (
            <QuoteInSource key={source.id} quote={hop.quote ?? ''} source={source} />
          ))
        ) : (
          <blockquote>
            <mark>{hop.quote}</mark>
          </blockquote>
        )
      ) : (
        <p class="quiet">No quote: {hop.inferred ? 'an inference' : 'the source gives none'}.</p>
      )}
    </li>
  );
}
