// A second node:test reporter beside `spec`: counts passed, failed and skipped tests and writes them as JSON, so
// scripts/run-tests.mjs can print one summary line that says what did not run and why.
//
// Why not read spec's own "skipped N": a suite skipped with describe(name, { skip }) never runs its body, so Node
// reports one skipped suite and none of its tests (the PostgreSQL suites showed "skipped 0" with 84 tests not run).
// Every skipped suite here has a twin that ran, named the same with the store's name swapped (`...: postgres` and
// `...: sqlite`, built from test/support/test-stores.ts), so its tests are counted from the twin. A skipped suite
// without a twin is reported as a suite, its tests not counted.
/** The other store's name in a suite name, or null when the name names no store. */
function twinName(name) {
  if (/\bpostgres\b/.test(name)) return name.replace(/\bpostgres\b/, 'sqlite');
  return null;
}

export default async function* summaryReporter(source) {
  const counts = { tests: 0, passed: 0, failed: 0, cancelled: 0, todo: 0, skipped: 0 };
  /** Tests finished at each nesting depth since their parent began: children finish before their suite does. */
  const below = [];
  /** Test count per suite, keyed by file and name, to count a skipped suite's tests from its twin. */
  const suiteTests = new Map();
  const skippedSuites = [];
  const reasons = new Map();
  const addReason = (reason, n) => reasons.set(reason, (reasons.get(reason) ?? 0) + n);

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting, file, skip, todo, details } = event.data;
    const inside = below[nesting + 1] ?? 0;
    below.length = nesting + 1;
    const isSuite = details?.type === 'suite';
    if (isSuite) {
      suiteTests.set(`${file}\u0000${name}`, inside);
      if (skip !== undefined && skip !== false) skippedSuites.push({ file, name, reason: typeof skip === 'string' ? skip : 'skipped', nesting });
      below[nesting] = (below[nesting] ?? 0) + inside;
      if (event.type === 'test:fail' && inside === 0) counts.failed++; // a suite that failed before its tests ran (e.g. a hook)
      continue;
    }
    below[nesting] = (below[nesting] ?? 0) + 1;
    counts.tests++;
    if (skip !== undefined && skip !== false) {
      counts.skipped++;
      addReason(typeof skip === 'string' ? skip : 'skipped', 1);
    } else if (todo !== undefined && todo !== false) counts.todo++;
    else if (event.type === 'test:fail') {
      if (details?.error?.failureType === 'cancelledByParent') counts.cancelled++;
      else counts.failed++;
    } else counts.passed++;
  }

  const uncounted = [];
  for (const suite of skippedSuites) {
    const twin = twinName(suite.name);
    const tests = twin === null ? undefined : suiteTests.get(`${suite.file}\u0000${twin}`);
    if (tests === undefined) {
      uncounted.push(suite);
      addReason(suite.reason, 0);
      continue;
    }
    counts.tests += tests;
    counts.skipped += tests;
    addReason(suite.reason, tests);
  }
  const summary = {
    ...counts,
    reasons: [...reasons].map(([reason, tests]) => ({ reason, tests })).sort((a, b) => b.tests - a.tests),
    uncountedSuites: uncounted.map((suite) => `${suite.name} (${suite.reason})`),
  };
  yield `${JSON.stringify(summary)}\n`;
}
