// The provenance of any fact: its sources, confidence, whether it is inferred (and why), its quote, and the quote in the source's text around it.
// Paste a node id (measure:cn-2026-dual-use-export-ban-jp) or a relationship id (company:itochu-[BASED_IN]->country:JP) below.
WITH 'measure:cn-2026-dual-use-export-ban-jp' AS factId
// A relationship's id names its ends (from-[TYPE]->to), so both are found by the unique id index.
CALL (factId) {
  MATCH (n:Entity {id: factId})
  RETURN properties(n) AS fact
  UNION
  WITH split(factId, '-[') AS head, split(factId, ']->') AS tail
  WHERE size(head) > 1 AND size(tail) > 1
  MATCH (:Entity {id: head[0]})-[r]->(:Entity {id: tail[size(tail) - 1]})
  WHERE r.id = factId
  RETURN properties(r) AS fact
}
UNWIND fact.sourceIds AS sourceId
MATCH (source:Source {id: sourceId})
// Where the quote starts: the length of the text before its first occurrence (null without quote or text).
WITH fact, source, size(split(source.text, fact.quote)[0]) AS at
RETURN
  fact.id AS fact,
  fact.quote AS quote,
  fact.confidence AS confidence,
  fact.inferred AS inferred,
  fact.rationale AS rationale,
  source.title AS source,
  source.publisher AS publisher,
  toString(source.publishedOn) AS published,
  CASE WHEN at < size(source.text)
    THEN '…' + substring(source.text, CASE WHEN at > 160 THEN at - 160 ELSE 0 END, 320 + size(fact.quote)) + '…'
  END AS in_context
