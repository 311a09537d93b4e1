// The demo's defaults, in a module light enough for the CLI to read at start-up.

export const DEMO_DEFAULTS = { connections: 3000, seed: 42 };
