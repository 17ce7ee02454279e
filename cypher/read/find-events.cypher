// The timeline: events matching a filter, one page, oldest first (undated events last, ties by
// id). Every filter is optional (null = no filter).
// An event spans from its first day (`occurredOn`, the first day of the period the source names)
// to the last day of `endedOn`'s period, or else of `occurredOn`'s period plus `durationMonths`:
// an event known only as "2012" may have happened on any day of 2012, so it matches a window
// that overlaps its span ($from and $to are inclusive days).
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (e:Event)
WHERE ($includeRetracted OR e.retractedAt IS NULL)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($involving IS NULL OR EXISTS {
    (e)-[r:BY|INVOLVES|ABOUT]->(a:Actor)
    WHERE a.id IN $involving AND ($includeRetracted OR r.retractedAt IS NULL)
  })
WITH e,
  CASE coalesce(e.endedOnPrecision, e.occurredOnPrecision)
    WHEN 'year' THEN duration({years: 1, days: -1})
    WHEN 'month' THEN duration({months: 1, days: -1})
    ELSE duration({days: 0})
  END AS lastDayOffset
WITH e,
  CASE WHEN e.endedOn IS NOT NULL THEN e.endedOn + lastDayOffset
    ELSE e.occurredOn + lastDayOffset + duration({months: coalesce(e.durationMonths, 0)})
  END AS endsOn
WHERE ($from IS NULL OR endsOn >= date($from))
  AND ($to IS NULL OR e.occurredOn <= date($to))
WITH e
ORDER BY e.occurredOn IS NULL, e.occurredOn, e.id
SKIP $offset
LIMIT $limit
// The first page of each relationship the client asked of every event (src/schema/prefetch.ts);
// a relationship carries only its id unless the client reads it (`edgeProps`), and a node its
// provenance only if the client reads that (`provenance`).
CALL (e) {
  UNWIND $related AS want
  WITH want WHERE want.on IN labels(e)
  WITH want, CASE want.direction
    WHEN 'out' THEN COLLECT {
      MATCH (e)-[r:$(want.type)]->(other:$(want.label))
      WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL
      WITH r, other ORDER BY other.id, r.id LIMIT $relatedLimit
      RETURN {relationship: CASE WHEN want.edgeProps THEN properties(r) ELSE {id: r.id} END, node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: CASE WHEN want.provenance THEN properties(other) ELSE other {.*, quote: null, rationale: null, sourceIds: null, confidence: null, inferred: null, assertedAt: null, assertedBy: null, updatedAt: null, retractedAt: null, retractedBy: null, retractionReason: null} END}}
    }
    ELSE COLLECT {
      MATCH (e)<-[r:$(want.type)]-(other:$(want.label))
      WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL
      WITH r, other ORDER BY other.id, r.id LIMIT $relatedLimit
      RETURN {relationship: CASE WHEN want.edgeProps THEN properties(r) ELSE {id: r.id} END, node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: CASE WHEN want.provenance THEN properties(other) ELSE other {.*, quote: null, rationale: null, sourceIds: null, confidence: null, inferred: null, assertedAt: null, assertedBy: null, updatedAt: null, retractedAt: null, retractedBy: null, retractionReason: null} END}}
    }
  END AS items
  RETURN collect({key: want.key, items: items}) AS related
}
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels,
  // Provenance only when the client reads it (src/schema/prefetch.ts).
  CASE WHEN $provenance THEN properties(e) ELSE e {.*, quote: null, rationale: null, sourceIds: null, confidence: null, inferred: null, assertedAt: null, assertedBy: null, updatedAt: null, retractedAt: null, retractedBy: null, retractionReason: null} END AS props, related
