// Lookups the read API filters on; ids are already indexed by the constraints in 001.
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX measure_kind IF NOT EXISTS FOR (n:Measure) ON (n.kind);
CREATE INDEX measure_status IF NOT EXISTS FOR (n:Measure) ON (n.status);
CREATE INDEX event_occurred_on IF NOT EXISTS FOR (n:Event) ON (n.occurredOn);
// The timeline finds the few events that last longer than their period (read/list-events.cypher).
CREATE INDEX event_ended_on IF NOT EXISTS FOR (n:Event) ON (n.endedOn);
CREATE INDEX event_duration_months IF NOT EXISTS FOR (n:Event) ON (n.durationMonths);
CREATE INDEX commodity_hs_codes IF NOT EXISTS FOR (n:Commodity) ON (n.hsCodes);
CREATE INDEX version_of IF NOT EXISTS FOR (v:Version) ON (v.versionOf);
CREATE INDEX measure_scope IF NOT EXISTS FOR (n:Measure) ON (n.scope);
// The reach index (docs/exposure.md): exposedFirms seeks a measure's covered goods in the
// countries it reaches, and a firm named as a target by the firm; a build after a write deletes
// the entries of the goods it may have changed by the good alone (some have no country).
CREATE INDEX exposure_reach_good_country IF NOT EXISTS FOR (e:ExposureReach) ON (e.good, e.country);
CREATE INDEX exposure_reach_good IF NOT EXISTS FOR (e:ExposureReach) ON (e.good);
CREATE INDEX exposure_reach_firm IF NOT EXISTS FOR (e:ExposureReach) ON (e.firm);
