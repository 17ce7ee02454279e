// Benchmark floor, "a timeline page": 50 events whose span overlaps the window, oldest first, with
// who acted and what they were about. The span rule is read/list-events.cypher's, and so is the
// choice of candidates (only the events that can reach the window).
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
WHERE endsOn >= date($from) AND event.occurredOn <= date($to)
WITH event ORDER BY event.occurredOn, event.id LIMIT $limit
RETURN event {
  .id, .kind, .summary, .occurredOn, .occurredOnPrecision,
  by: COLLECT { MATCH (event)-[:BY]->(a) RETURN a {.id, .name} },
  about: COLLECT { MATCH (event)-[:ABOUT]->(m:Measure) RETURN m {.id, .description} }
} AS event
