// The known shares of an importer's supply of a good that come from a supplier: Japan gets about
// 60% of its rare earths from China. They weight exposure paths (see docs/exposure.md).
// Retracted facts are ignored, and with $knownAt (an instant) the graph is read as it was known
// then: only facts asserted by then and not retracted by then count (docs/history.md).
WITH CASE WHEN $knownAt IS NULL THEN null ELSE datetime($knownAt) END AS known
MATCH (importer:Entity)<-[i:IMPORTER]-(dependency:SupplyDependency)-[s:SUPPLIER]->(supplier:Entity)
WHERE importer.id IN $importerIds AND supplier.id IN $supplierIds
  AND (known IS NULL OR coalesce(dependency.assertedAt <= known, true)) AND (dependency.retractedAt IS NULL OR dependency.retractedAt > coalesce(known, dependency.retractedAt)) AND (known IS NULL OR coalesce(i.assertedAt <= known, true)) AND (i.retractedAt IS NULL OR i.retractedAt > coalesce(known, i.retractedAt)) AND (known IS NULL OR coalesce(s.assertedAt <= known, true)) AND (s.retractedAt IS NULL OR s.retractedAt > coalesce(known, s.retractedAt))
MATCH (dependency)-[g:OF_GOOD]->(good:Commodity)
WHERE (known IS NULL OR coalesce(g.assertedAt <= known, true)) AND (g.retractedAt IS NULL OR g.retractedAt > coalesce(known, g.retractedAt))
RETURN importer.id AS importerId, supplier.id AS supplierId, good.id AS goodId,
  dependency.id AS dependencyId,
  // The share as known then: the version that held at `known` if it was restated since.
  CASE WHEN known IS NULL OR coalesce(dependency.updatedAt, dependency.assertedAt, known) <= known THEN dependency.share
    ELSE coalesce(COLLECT { MATCH (dependency)-[:PREVIOUS_VERSION]->(version:Version) WHERE coalesce(version.updatedAt, version.assertedAt) <= known < version.supersededAt RETURN version }[0], dependency).share END AS share
