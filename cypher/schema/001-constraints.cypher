// One unique `id` per label: the stable, readable identity every loader MERGEs on. `Entity` is
// on every node, so a lookup by id alone (Relay `node`, relationship endpoints) is an index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Community edition has uniqueness constraints only (no existence or type constraints).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_body_id IF NOT EXISTS FOR (n:GovernmentBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT media_outlet_id IF NOT EXISTS FOR (n:MediaOutlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT research_institute_id IF NOT EXISTS FOR (n:ResearchInstitute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT commodity_id IF NOT EXISTS FOR (n:Commodity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT status_change_id IF NOT EXISTS FOR (n:StatusChange) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trade_flow_id IF NOT EXISTS FOR (n:TradeFlow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT supply_dependency_id IF NOT EXISTS FOR (n:SupplyDependency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT impact_estimate_id IF NOT EXISTS FOR (n:ImpactEstimate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (n:Alias) REQUIRE n.id IS UNIQUE;
// The state of the exposure reach index (docs/exposure.md, "The reach index"): one node, found by
// name, which every write that can change a path bumps; unique, so MERGE takes its lock.
CREATE CONSTRAINT exposure_index_state_name IF NOT EXISTS FOR (s:ExposureIndexState) REQUIRE s.name IS UNIQUE;
