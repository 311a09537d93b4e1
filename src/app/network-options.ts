// Limits and formats of the network commands, in a module light enough to load at start-up.

export const REACH_LIMITS = { runsMin: 100, runsMax: 1_000_000, addWeakMax: 10_000, strengthenMax: 1_000, askMax: 50 };

export const PATH_LIMITS = { kMax: 50, hopsMax: 6 };

export const GRAPH_FORMATS = ['graphml', 'edgelist', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
