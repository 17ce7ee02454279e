/**
 * The weights of the exposure score, in one place. docs/exposure.md explains them and the
 * tests read them from here, so the doc, the code and the tests cannot drift apart.
 */
export const EXPOSURE_WEIGHTS = {
  /** How likely a measure is to bite, by its status on the day asked. */
  statusLikelihood: {
    IN_FORCE: 1,
    ANNOUNCED: 0.7,
    UNDER_CONSIDERATION: 0.3,
    SUSPENDED: 0.1,
    LIFTED: 0,
  },
  /** A DEPENDS_ON or INPUT_TO without a criticality of its own. */
  defaultCriticality: 0.5,
  /** A member of a covered class (rare-earth metals of rare earths) is covered in full. */
  memberOf: 1,
  /** A firm inherits its sector's dependencies, at a discount: not every firm of a sector uses everything. */
  inSector: 0.8,
  /**
   * The supplier's share of the importer's supply when the graph does not know it. 1 is the
   * cautious choice: an unknown share is treated as total dependence rather than as none.
   */
  unknownSupplyShare: 1,
  /** INPUT_TO / MEMBER_OF steps between the good depended on and the good covered. */
  defaultDepth: 4,
  maxDepth: 6,
};

/** The statuses under which a measure exists and may bite (LIFTED scores 0 and is left out). */
export const ACTIVE_STATUSES = ['IN_FORCE', 'ANNOUNCED', 'UNDER_CONSIDERATION', 'SUSPENDED'];
