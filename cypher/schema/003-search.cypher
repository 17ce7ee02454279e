// Full-text search (docs/search.md) over what people call things and what the graph says about
// them, for every kind of node: captions (name, title, metric …), aliases (a LIST<STRING>, indexed
// element by element, so "MHI" finds Mitsubishi Heavy Industries), official names, descriptions,
// summaries, outcomes, statement texts, scenarios, HS codes and headings. A Source's full text is
// in too (a statement's `text` and a source's share the property name); search ranks sources
// below the facts drawn from them. Neither index is eventually consistent: a
// fact is searchable as soon as its transaction commits, which the tests and the loader rely on.
//
// Two indexes over the same text, one analyser each (Neo4j allows one per index):
//  - search_text, `standard-folding`: case and accents folded ("cote" finds Côte d'Ivoire), no
//    stemming, so prefixes ("mitsub*") and fuzzy terms ("mitsubshi~2") meet the words as written;
//  - search_stems, `english`: lower case, possessives and stop words dropped, Porter stemming, so
//    "licensing" meets "license". British/American spellings are folded at query time
//    (src/db/spelling.ts): no built-in analyser knows them. It leaves out kinds and HS codes,
//    which have no stems (and Neo4j takes two indexes on the very same properties for one).
// The earlier index `search_nodes` (fewer kinds, no stems) is dropped where it still exists.
DROP INDEX search_nodes IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Commodity|Sector|Measure|Event|Statement|Observation|TradeFlow|SupplyDependency|ImpactEstimate|Source)
ON EACH [n.name, n.title, n.aliases, n.officialName, n.description, n.definition, n.summary, n.outcome, n.text, n.attributedTo, n.metric, n.instrument, n.scenario, n.kind, n.hsCodes, n.hsHeadingText, n.publisher]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX search_stems IF NOT EXISTS
FOR (n:Actor|Commodity|Sector|Measure|Event|Statement|Observation|TradeFlow|SupplyDependency|ImpactEstimate|Source)
ON EACH [n.name, n.title, n.aliases, n.officialName, n.description, n.definition, n.summary, n.outcome, n.text, n.attributedTo, n.metric, n.instrument, n.scenario, n.hsHeadingText, n.publisher]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } };
// Positions are relationships: "Chief Cabinet Secretary" finds Minoru Kihara.
CREATE FULLTEXT INDEX search_positions IF NOT EXISTS
FOR ()-[r:HOLDS_POSITION]-() ON EACH [r.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
