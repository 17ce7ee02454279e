// Measures as they stand now, optionally of some kinds, one page ordered by id: the root of a
// planned read (src/read/) when no other filter, no `knownAt` and no `activeAsOf` is asked for,
// which is the page a front end reads most. list-measures.cypher answers every other filter;
// this one spares each measure the work their optional parts cost (about a quarter of the
// statement's Neo4j time on the benchmark's 2,000 measures).
// The page is read from the id index in its order (measure_id, `USING INDEX` with `IS NOT NULL`):
// no sort of every measure, and the scan stops once the page (and one more) is found. Without
// the hint a store of few measures is planned as a label scan and a sort of them all, and Neo4j
// keeps that plan as the store grows.
MATCH (m:Measure)
USING INDEX m:Measure(id)
WHERE m.id IS NOT NULL
  AND ($includeRetracted OR m.retractedAt IS NULL)
  AND ($kinds IS NULL OR m.kind IN $kinds)
WITH m
ORDER BY m.id
SKIP $offset
LIMIT $limit
RETURN m AS n
