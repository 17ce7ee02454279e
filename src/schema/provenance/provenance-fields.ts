/** The provenance fields every fact answers (fact.ts), with their descriptions. */
export const PROVENANCE_DESCRIPTIONS = {
  sources: 'The documents that support this fact.',
  quote: 'The exact words of the source that support it (absent for some inferred facts).',
  confidence: 'How sure the analyst is, 0..1.',
  inferred: 'True where an analyst concluded it and no source states it.',
  rationale: 'Why an inferred fact was concluded.',
  assertedAt: 'When the graph learned it (knowledge time; see `knownAt`).',
  assertedBy: 'Who asserted it: `seed`, `import:<who>`, `api:<key name>`.',
  retracted: 'Set when the fact was taken back; reads hide such facts unless `includeRetracted`.',
};
