// Benchmark floor, "a timeline page": 50 events whose span overlaps the window, oldest first, with
// who acted and what they were about. The span rule is read/list-events.cypher's, and so is the
// choice of candidates (only the events that can reach the window). The same answer as ours
// (docs/bench/README.md): retracted events, links and nodes left out, each nested list in id
// order and cut at a nested page (10, and one more to say there is a next page).
CALL () {
  MATCH (event:Event)
  USING INDEX event:Event(occurredOn)
  WHERE event.occurredOn >= date($from) - duration({years: 1}) AND event.occurredOn <= date($to)
  RETURN event
  UNION
  MATCH (event:Event) WHERE event.endedOn IS NOT NULL RETURN event
  UNION
  MATCH (event:Event) WHERE event.durationMonths IS NOT NULL RETURN event
}
WITH event,
  CASE coalesce(event.endedOnPrecision, event.occurredOnPrecision)
    WHEN 'year' THEN duration({years: 1, days: -1})
    WHEN 'month' THEN duration({months: 1, days: -1})
    ELSE duration({days: 0})
  END AS lastDayOffset
WITH event,
  CASE WHEN event.endedOn IS NOT NULL THEN event.endedOn + lastDayOffset
    ELSE event.occurredOn + lastDayOffset + duration({months: coalesce(event.durationMonths, 0)})
  END AS endsOn
WHERE endsOn >= date($from) AND event.occurredOn <= date($to) AND event.retractedAt IS NULL
WITH event ORDER BY event.occurredOn, event.id LIMIT $limit
RETURN event {
  .id, .kind, .summary, .occurredOn, .occurredOnPrecision,
  by: COLLECT {
    MATCH (event)-[r:BY]->(a:Actor) WHERE r.retractedAt IS NULL AND a.retractedAt IS NULL
    WITH r, a ORDER BY a.id, r.id LIMIT 11 RETURN a {.id, .name}
  },
  about: COLLECT {
    MATCH (event)-[r:ABOUT]->(m:Entity) WHERE r.retractedAt IS NULL AND m.retractedAt IS NULL
    WITH r, m ORDER BY m.id, r.id LIMIT 11 RETURN m {.id, .description}
  }
} AS event
