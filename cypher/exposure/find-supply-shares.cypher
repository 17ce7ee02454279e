// The known shares of an importer's supply of a good that come from a supplier: Japan gets about
// 60% of its rare earths from China. They weight exposure paths (see docs/exposure.md).
MATCH (importer:Entity)<-[:IMPORTER]-(dependency:SupplyDependency)-[:SUPPLIER]->(supplier:Entity)
WHERE importer.id IN $importerIds AND supplier.id IN $supplierIds
MATCH (dependency)-[:OF_GOOD]->(good:Commodity)
RETURN importer.id AS importerId, supplier.id AS supplierId, good.id AS goodId,
  dependency.id AS dependencyId, dependency.share AS share
