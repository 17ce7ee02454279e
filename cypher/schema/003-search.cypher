// Full-text search over what people call things and what the graph says about them: names,
// aliases (a LIST<STRING>, which Neo4j 5.26 full-text indexes index element by element, so "MHI"
// finds Mitsubishi Heavy Industries), descriptions, event summaries and outcomes, statement texts.
// `Actor` covers countries, persons and every organisation.
//
// Analyzer `standard-folding`: the standard tokenizer, lower-cased, with accents folded ("cote"
// finds Côte d'Ivoire) and English stop words dropped. No stemming, so prefix queries
// ("mitsub*") meet the same terms that were indexed. Not eventually consistent: a fact is
// searchable as soon as its transaction commits, which the tests and the loader rely on.
CREATE FULLTEXT INDEX search_nodes IF NOT EXISTS
FOR (n:Actor|Commodity|Sector|Measure|Event|Statement)
ON EACH [n.name, n.aliases, n.description, n.definition, n.summary, n.outcome, n.text, n.attributedTo]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
