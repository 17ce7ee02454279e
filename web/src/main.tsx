import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { FindPage } from './pages/find.tsx';
import { FirmPage } from './pages/firm.tsx';
import { MeasurePage } from './pages/measure.tsx';
import { TimelinePage } from './pages/timeline.tsx';
import { WhatIfPage } from './pages/what-if.tsx';
import { href, type Route, useRoute } from './route.ts';
import './style.css';

const TITLES: Record<string, string> = {
  '': 'Find',
  measure: 'A measure',
  firm: 'A firm',
  'what-if': 'What if',
  timeline: 'Timeline',
};

function Page({ route }: { route: Route }) {
  const param = (name: string) => route.params.get(name) ?? '';
  switch (route.page) {
    case '':
      return <FindPage query={param('q')} />;
    case 'measure':
      return route.id ? (
        <MeasurePage id={route.id} asOf={param('asOf')} minScore={param('minScore')} />
      ) : (
        <NotHere />
      );
    case 'firm':
      return route.id ? (
        <FirmPage id={route.id} asOf={param('asOf')} focus={param('focus')} />
      ) : (
        <NotHere />
      );
    case 'what-if':
      return <WhatIfPage />;
    case 'timeline':
      return <TimelinePage />;
    default:
      return <NotHere />;
  }
}

function NotHere() {
  return (
    <p class="problem" role="alert">
      There is no such page. <a href={href('')}>Start with a search</a>.
    </p>
  );
}

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const pageKey = `${route.page}/${route.id ?? ''}`;
  // A new page (not new parameters of the same page) moves the focus to its content.
  useEffect(() => {
    document.title = `${TITLES[route.page] ?? 'Not found'} · Exposure explorer`;
    if (route.page !== '') main.current?.focus();
  }, [pageKey]);
  const current = (page: string) => (route.page === page ? 'page' : undefined);
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to the content
      </button>
      <header>
        <a class="brand" href={href('')}>
          Exposure explorer
        </a>
        <nav aria-label="Pages">
          <a href={href('')} aria-current={current('')}>
            Find
          </a>
          <a href={href('what-if')} aria-current={current('what-if')}>
            What if
          </a>
          <a href={href('timeline')} aria-current={current('timeline')}>
            Timeline
          </a>
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="quiet">
        Every fact carries the sentence that supports it. Data from this server’s GraphQL API at{' '}
        <a href="/graphql">/graphql</a>.
      </footer>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
