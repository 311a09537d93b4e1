// The `referable` command as a user runs it: JSON shapes other tools rely on, exit codes, messages, demo.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from './support/test-stores.ts';
import { EDGE_CASES, referable } from './support/run-cli.ts';


describe('referable CLI', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'cli.db');

  it('imports with --json into the documented shape, then lists every contact with --json', () => {
    const imported = referable(['import', EDGE_CASES, '--db', db, '--json'], folder);
    assert.equal(imported.code, 0, imported.stderr);
    const report = JSON.parse(imported.stdout);
    assert.deepEqual([report.added, report.updated, report.unchanged, report.skipped], [17, 0, 0, 1]);
    assert.ok(Array.isArray(report.issues) && report.issues[0].line === 21);

    const listed = referable(['contacts', 'list', '--db', db, '--json'], folder);
    assert.equal(listed.code, 0, listed.stderr);
    const contacts = JSON.parse(listed.stdout);
    assert.equal(contacts.length, 17, 'no default page limit with --json');
    for (const key of ['id', 'name', 'company', 'title', 'linkedinUrl', 'connectedOn']) assert.ok(key in contacts[0], key);
    assert.ok(contacts.some((c: { name: string }) => c.name === 'Rafael Souza 🚀'));
    const limited = JSON.parse(referable(['contacts', 'list', '--db', db, '--json', '--limit', '3'], folder).stdout);
    assert.equal(limited.length, 3);
  });

  it('re-importing reports every contact unchanged', () => {
    const again = JSON.parse(referable(['import', EDGE_CASES, '--db', db, '--json'], folder).stdout);
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 17]);
  });

  it('edits, tags and rates a contact by name, and shows it', () => {
    assert.equal(referable(['contacts', 'edit', 'Kemi Adeyemi', '--notes', 'Runs a design studio', '--db', db], folder).code, 0);
    assert.equal(referable(['contacts', 'tag', 'Kemi Adeyemi', 'design', 'lagos', 'old', '--db', db], folder).code, 0);
    // As the README writes it: a leading dash removes a tag, even before the options.
    const removed = referable(['contacts', 'tag', 'Kemi Adeyemi', '-old', '--db', db], folder);
    assert.equal(removed.code, 0, removed.stderr);
    assert.equal(referable(['contacts', 'tag', 'Kemi Adeyemi', '--olde', '--db', db], folder).code, 2, 'a double dash is an unknown option, not a tag');
    assert.equal(referable(['contacts', 'rate', 'Kemi Adeyemi', '4', '--db', db], folder).code, 0);
    const shown = JSON.parse(referable(['contacts', 'show', 'Kemi Adeyemi', '--db', db, '--json'], folder).stdout);
    assert.equal(shown.notes, 'Runs a design studio');
    assert.deepEqual(shown.tags, ['design', 'lagos']);
    assert.equal(shown.rating, 4);
    assert.equal(shown.ties[0].kind, 'connected');
  });

  it('exits with meaningful codes and says what to do', () => {
    const missing = referable(['import', join(folder, 'nope.csv'), '--db', db], folder);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /nope\.csv: no such file/);

    writeFileSync(join(folder, 'empty.csv'), '');
    const empty = referable(['import', join(folder, 'empty.csv'), '--db', db], folder);
    assert.equal(empty.code, 5);
    assert.match(empty.stderr, /empty\.csv.*empty/);

    const ambiguous = referable(['contacts', 'show', 'a', '--db', db], folder);
    assert.equal(ambiguous.code, 4);

    const badRating = referable(['contacts', 'rate', 'Kemi Adeyemi', '9', '--db', db], folder);
    assert.equal(badRating.code, 2);
    assert.match(badRating.stderr, /1 .* 5/);

    const unknownCommand = referable(['frobnicate'], folder);
    assert.equal(unknownCommand.code, 2);
    assert.equal(referable(['--help'], folder).code, 0);
  });

  it('says why a list is empty: no contacts yet, or which filter matched nothing among how many', () => {
    // An empty database (a folder with none says "nothing imported yet": test/cli-no-database.test.ts).
    assert.equal(referable(['init', '--db', join(folder, 'empty.db')], folder).code, 0);
    const empty = referable(['contacts', 'list', '--db', join(folder, 'empty.db')], folder);
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /No contacts in .*empty\.db yet\. Import your network first/);
    const words = referable(['contacts', 'list', '--search', 'zebra keeper', '--db', db], folder);
    assert.match(words.stdout, /^No contact matches --search "zebra keeper" among 17 contacts in .*cli\.db; try fewer words\.$/m);
    assert.doesNotMatch(words.stdout, /Import your network/);
    const company = referable(['contacts', 'list', '--company', 'Nowhere Ltd', '--db', db], folder);
    assert.match(company.stdout, /No contact matches --company "Nowhere Ltd" among 17 contacts .*check the spelling/);
  });

  it('exports a backup that restores into an empty database and exports to the same bytes', () => {
    const backup = join(folder, 'backup.json');
    assert.equal(referable(['export', '--db', db, '-o', backup], folder).code, 0);
    const copy = join(folder, 'copy.db');
    const restored = referable(['restore', backup, '--db', copy, '--json'], folder);
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal(JSON.parse(restored.stdout).contacts, 17);
    const again = join(folder, 'backup-again.json');
    referable(['export', '--db', copy, '-o', again], folder);
    assert.equal(readFileSync(again, 'utf8'), readFileSync(backup, 'utf8'));
    const refused = referable(['restore', backup, '--db', copy], folder);
    assert.equal(refused.code, 6, 'restoring over data needs --replace');
    const text = referable(['restore', backup, '--db', join(folder, 'text-copy.db')], folder);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^ {2}contacts: +17$/m, 'one "table: rows" line per table');
    assert.ok(text.stdout.split('\n').every((line) => line.length <= 80), text.stdout);
  });

  it('neutralizes formula-looking cells in the CSV export', () => {
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"=HYPERLINK(""http://evil"")",Person,https://www.linkedin.com/in/formula-person,,@SUM(A1),+cmd,01 Jan 2026\n';
    const path = join(folder, 'Connections.csv');
    writeFileSync(path, csv);
    const imported = JSON.parse(referable(['import', path, '--db', db, '--json'], folder).stdout);
    assert.equal(imported.added, 1);
    assert.ok(imported.issues.some((issue: { field?: string }) => issue.field === 'Company'));
    const exported = referable(['export', '--format', 'csv', '--db', db], folder).stdout;
    const line = exported.split('\r\n').find((row) => row.includes('formula-person'))!;
    assert.match(line, /"'=HYPERLINK\(""http:\/\/evil""\)"/);
    assert.match(line, /,'@SUM\(A1\),'\+cmd,/);
  });

  it('sets a target market from the example, reports on it as text, JSON and HTML, and lists contacts by fit', () => {
    const target = join(folder, 'target.yaml');
    assert.equal(referable(['target', 'init', target], folder).code, 0);
    assert.equal(referable(['target', 'init', target], folder).code, 6, 'init never overwrites without --force');
    writeFileSync(target, readFileSync(target, 'utf8').replace('  - Contoso\n', '  - Contoso\n  - name: Northwind Traders\n    tier: 1\n'));
    const set = referable(['target', 'set', target, '--db', db], folder);
    assert.equal(set.code, 0, set.stderr);

    const bad = join(folder, 'bad.yaml');
    writeFileSync(bad, 'name: Bad\nfunctions: [Product Mgmt]\n');
    const refused = referable(['target', 'set', bad, '--db', db], folder);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /bad\.yaml, line 2, field "functions\[0\]".*did you mean "Product Management"/);

    const report = JSON.parse(referable(['report', '--json', '--db', db], folder).stdout);
    for (const key of ['market', 'quantity', 'quality', 'coverage', 'breadth', 'growth', 'jobChanges']) assert.ok(key in report, key);
    assert.equal(report.market.name, 'Fintech product leadership');
    const northwind = report.coverage.companies.find((company: { name: string }) => company.name === 'Northwind Traders');
    assert.equal(northwind.contacts, 3);

    const text = referable(['report', '--db', db], folder);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /Coverage of target companies/);

    const html = join(folder, 'report.html');
    assert.equal(referable(['report', '--html', html, '--db', db], folder).code, 0);
    const page = readFileSync(html, 'utf8');
    assert.match(page, /<svg/);
    assert.doesNotMatch(page, /<script/i);

    const listed = JSON.parse(referable(['contacts', 'list', '--in-market', '--sort', 'fit', '--json', '--db', db], folder).stdout);
    assert.ok(listed.length >= 3);
    for (const key of ['companyKey', 'seniority', 'function', 'fit', 'inMarket', 'fitReasons']) assert.ok(key in listed[0], key);
    assert.ok(listed.every((contact: { inMarket: boolean }) => contact.inMarket));
    assert.match(listed[0].fitReasons[0], /^company Northwind Traders \(tier 1\) \+\d+$/);

    const table = referable(['contacts', 'list', '--in-market', '--sort', 'fit', '--db', db], folder);
    assert.equal(table.code, 0, table.stderr);
    assert.ok(table.stdout.split('\n').every((line) => line.length <= 120), `the table fits 120 columns:\n${table.stdout}`);
    const byStrength = referable(['contacts', 'list', '--sort', 'strength', '--db', db], folder).stdout;
    assert.match(byStrength.split('\n')[1], /│ strength │/, 'sorted by strength, the strength shows');
    assert.match(byStrength, /│ [01]\.\d\d +│/);
    const used = referable(['target', 'use', 'Fintech product leadership', '--db', db], folder);
    assert.match(used.stdout, /^Active: Fintech product leadership: \d+ compan(y|ies);/);
    assert.doesNotMatch(used.stdout, /\(active\)/);

    const coverage = referable(['coverage', 'northwind traders inc', '--db', db], folder);
    assert.equal(coverage.code, 0);
    assert.match(coverage.stdout, /Avery Quill/);
  });

  it('prints warm paths and word-of-mouth reach in the documented JSON shapes, with values that add up', () => {
    const path = JSON.parse(referable(['path', 'Northwind Traders', '--json', '--db', db], folder).stdout);
    assert.ok(path.paths.length >= 1);
    assert.ok(Array.isArray(path.paths[0].hops) && path.paths[0].hops[0].from.name === 'you');
    for (const found of path.paths as { probability: number; hops: { probability: number }[] }[]) {
      const product = found.hops.reduce((acc, hop) => acc * hop.probability, 1);
      assert.ok(found.probability > 0 && found.probability <= 1, `a path's probability is a probability: ${found.probability}`);
      assert.ok(Math.abs(found.probability - product) <= 0.001, `a path's probability (${found.probability}) is the product of its hops' (${product})`);
    }
    const reach = JSON.parse(referable(['reach', '--json', '--runs', '500', '--what-if', 'add-weak=5', '--what-if', 'strengthen=2', '--db', db], folder).stdout);
    type Interval = { mean: number; low: number; high: number };
    const within = (name: string, interval: Interval, most: number) =>
      assert.ok(0 <= interval.low && interval.low <= interval.mean && interval.mean <= interval.high && interval.high <= most, `${name}: ${JSON.stringify(interval)} is an interval within 0..${most}`);
    // The edge-case export is my 17 connections and no ties between them: word of mouth reaches only them.
    assert.deepEqual([reach.firstDegree.people, reach.secondDegree.people], [17, 17]);
    within('in-market people', reach.expectedInMarket, reach.firstDegree.inMarket);
    within('target companies', reach.expectedCompanies, reach.firstDegree.companies);
    within('people', reach.expectedReached, reach.firstDegree.people);
    assert.ok(reach.expectedInMarket.mean <= reach.expectedReached.mean, 'in-market people are some of the people reached');
    assert.equal(reach.runs, 500);
    assert.deepEqual(reach.scenarios.map((scenario: { name: string }) => scenario.name), ['add-weak=5', 'strengthen=2']);
    const [addWeak, strengthen] = reach.scenarios as { description: string; expectedInMarket: Interval }[];
    within('add-weak=5 in-market', addWeak.expectedInMarket, reach.firstDegree.inMarket + 5);
    assert.ok(addWeak.expectedInMarket.mean >= reach.expectedInMarket.mean, 'more ties never reach fewer people (same worlds)');
    // Two ties made strong, each passing the stated probability, chosen for in-market reach: at least 2 × p in-market.
    const strong = Number(/passing (\d+)%/.exec(strengthen.description)?.[1]) / 100;
    assert.ok(strong > 0, strengthen.description);
    within('strengthen=2 in-market', strengthen.expectedInMarket, reach.firstDegree.inMarket);
    assert.ok(strengthen.expectedInMarket.mean >= 2 * strong - 0.05, `strengthening 2 in-market ties to ${strong} reaches about ${2 * strong} in-market people or more: ${strengthen.expectedInMarket.mean}`);
    const bad = referable(['reach', '--runs', '3', '--db', db], folder);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--runs must be a whole number from 100/);
    const graphml = referable(['graph', 'export', '--format', 'graphml', '--db', db], folder);
    assert.equal(graphml.code, 0);
    assert.match(graphml.stdout, /^<\?xml[\s\S]*<graphml[\s\S]*<edge /);
  });

  it('says when there is no second degree to count instead of repeating the first', () => {
    const text = referable(['reach', '--runs', '200', '--db', db], folder);
    assert.equal(text.code, 0, text.stderr);
    const json = JSON.parse(referable(['reach', '--json', '--runs', '200', '--db', db], folder).stdout);
    assert.equal(json.secondDegree.people, json.firstDegree.people, 'one export: nobody beyond my own connections is known');
    assert.match(text.stdout, /within 2 hops: not known\. Your export lists only your own connections/);
    assert.doesNotMatch(text.stdout, /within 2 hops: \d+ people/);
  });

  it('builds the demo network into its own database and imports it through the LinkedIn importer', () => {
    const demo = referable(['demo', '--connections', '300', '--json'], folder);
    assert.equal(demo.code, 0, demo.stderr);
    const summary = JSON.parse(demo.stdout);
    const added = summary.previousImport.added + summary.import.added;
    assert.ok(added > 280, `added ${added}`);
    assert.equal(summary.import.source, 'linkedin');
    assert.ok(summary.import.jobChanges > 0, 'the demo imports an earlier export first, so job changes show');
    assert.ok(summary.report.quantity.inMarket > 0, 'the demo sets the example market and reports on it');
    assert.ok(summary.path.paths.length > 0, 'the demo shows a warm path');
    assert.deepEqual(summary.reach.scenarios.map((scenario: { name: string }) => scenario.name), ['add-weak=100', 'strengthen=10']);
    const listed = JSON.parse(referable(['contacts', 'list', '--db', 'referable-demo.db', '--json'], folder).stdout);
    assert.equal(listed.length, added);
    const rerun = JSON.parse(referable(['demo', '--connections', '300', '--json'], folder).stdout);
    const withoutIds = (report: unknown) => JSON.stringify(report, (key, value) => (key === 'contactId' ? undefined : value));
    assert.equal(withoutIds(rerun.report), withoutIds(summary.report), 'the demo is deterministic and rebuilds from scratch');
    assert.deepEqual(rerun.reach.expectedInMarket, summary.reach.expectedInMarket, 'the same seed gives the same word of mouth, whatever ids the rebuild drew');
    assert.deepEqual(rerun.reach.askFirst.map((person: { name: string }) => person.name), summary.reach.askFirst.map((person: { name: string }) => person.name));
    const ownData = referable(['demo', '--db', db], folder);
    assert.equal(ownData.code, 6, 'the demo never writes over a database holding your own imports');
  });

  it('prints a one-screen summary of the demo by default, and every table with --verbose', () => {
    const brief = referable(['demo', '--connections', '300', '--db', 'brief-demo.db'], folder);
    assert.equal(brief.code, 0, brief.stderr);
    const lines = brief.stdout.trimEnd().split('\n');
    assert.ok(lines.length <= 45, `the summary fits a screen: ${lines.length} lines`);
    assert.match(brief.stdout, /^Referable demo: a 300-connection network/);
    assert.match(brief.stdout, /in market +\d+ of [\d,]+ connections \(\d+%\)/);
    assert.match(brief.stdout, /Warm path to .+: you -> /);
    assert.match(brief.stdout, /Referability index [\d.]+\/100: reach in market/);
    assert.match(brief.stdout, /This week \(from \d{4}-\d{2}-\d{2}\): \d+ actions? in \d+ of \d+ minutes/);
    assert.match(brief.stdout, /npx referable demo --db brief-demo\.db --verbose/);
    assert.doesNotMatch(brief.stdout, /Coverage of target companies/, 'the full tables wait for --verbose');
    const full = referable(['demo', '--connections', '300', '--db', 'brief-demo.db', '--verbose'], folder);
    assert.equal(full.code, 0, full.stderr);
    assert.match(full.stdout, /Coverage of target companies/);
    assert.ok(full.stdout.split('\n').length > lines.length * 2, 'the full tour is longer');
  });

  it('seeds the referability loop in the demo and shows suggestions, the index, the plan and the content picture', () => {
    const summary = JSON.parse(referable(['demo', '--connections', '300', '--json', '--db', 'loop-demo.db'], folder).stdout);
    assert.equal(summary.referrals.needs.length, 6);
    assert.ok(summary.ledger.events > 0 && summary.ledger.owed >= 1, 'past referrals, one still owed a thank-you');
    assert.ok(summary.suggestions.length > 0, 'introductions to make this week');
    for (const suggestion of summary.suggestions) assert.ok(suggestion.need.id && suggestion.helper.id && suggestion.reasons.length > 0);
    assert.equal(summary.index.pillars.length, 4);
    assert.ok(summary.plan.items.length > 0 && summary.plan.totalMinutes <= summary.plan.budgetMinutes);
    assert.ok(summary.content.score.totalItems > 0, 'the demo export has shares and articles');
  });

  it('backs up and restores everything the loop records (needs, introductions, ledger, plan, settings) to the same bytes', () => {
    const backup = join(folder, 'loop-backup.json');
    assert.equal(referable(['export', '--db', 'loop-demo.db', '-o', backup], folder).code, 0);
    const tables = JSON.parse(readFileSync(backup, 'utf8')).tables as Record<string, unknown[]>;
    for (const table of ['needs', 'offers', 'introductions', 'referral_events', 'asks', 'plans', 'plan_items', 'settings', 'snapshots']) {
      assert.ok(tables[table]?.length > 0, `the backup holds ${table}`);
    }
    const copy = join(folder, 'loop-copy.db');
    assert.equal(referable(['restore', backup, '--db', copy], folder).code, 0);
    const again = join(folder, 'loop-backup-again.json');
    referable(['export', '--db', copy, '-o', again], folder);
    assert.equal(readFileSync(again, 'utf8'), readFileSync(backup, 'utf8'));
    const balance = (database: string) => JSON.parse(referable(['ledger', 'balance', '--db', database, '--json'], folder).stdout).overall;
    assert.deepEqual(balance(copy), balance('loop-demo.db'));
  });
});
