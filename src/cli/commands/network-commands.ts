// `referable path TARGET` and `referable graph export`: warm introductions and the network for other tools.
import { Option, type Command } from 'commander';
import pc from 'picocolors';
import { writeOutput } from '../../app/output-file.ts';
import { GRAPH_FORMATS, REACH_LIMITS, type GraphFormat } from '../../app/network-options.ts';
import type { WarmPaths } from '../../app/paths.ts';
import { ReferableError } from '../../core/errors.ts';
import { PASS_MODEL_SOURCE } from '../../core/ties/pass-probability.ts';
import type { ReachResult } from '../../app/reach.ts';
import { openAccounts } from '../../app/accounts/accounts-context.ts';
import type { PooledReachView } from '../../app/accounts/pooled-views.ts';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { plain, printJson, table, type Output } from '../output.ts';
import { globalOptions, type Shell } from '../shell.ts';

export function wholeNumber(name: string) {
  return (value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number)) throw new ReferableError('INVALID_INPUT', `${name} must be a whole number; got "${value}"`);
    return number;
  };
}

export function printPaths(output: Output, result: WarmPaths): void {
  output.out(pc.bold(`Warm paths to ${plain(result.target.name)}${result.target.kind === 'company' ? ` (${result.target.people} ${result.target.people === 1 ? 'person' : 'people'} there)` : ''}`));
  if (result.paths.length === 0) {
    output.out(result.suggestion);
    return;
  }
  result.paths.forEach((path, index) => {
    const end = path.hops.at(-1)!.to;
    output.out(`${index + 1}. ${plain(end.name)}${end.title ? `, ${plain(end.title)}` : ''}: ${(path.probability * 100).toFixed(1)}% chance the ask gets through`);
    for (const hop of path.hops) output.out(`   ${plain(hop.from.name)} -> ${plain(hop.to.name)}  (${plain(hop.why)}; passes ${(hop.probability * 100).toFixed(0)}%)`);
  });
}

export function registerNetwork(program: Command, shell: Shell): void {
  program
    .command('path')
    .description('the most probable warm-introduction paths from you to a person or to anyone at a company')
    .argument('<target>', 'a company (any spelling) or a person (id, LinkedIn URL, email or name)')
    .option('--k <n>', 'how many paths (one per person reached)', wholeNumber('--k'), 5)
    .option('--max-hops <n>', 'longest chain of introductions', wholeNumber('--max-hops'), 4)
    .option('--no-coworkers', 'leave out inferred coworker ties (same employer)')
    .option('--json', 'print JSON')
    .action(async (target: string, options: { k: number; maxHops: number; coworkers: boolean; json?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await import('../../app/paths.ts')).warmPaths(context, target, options));
      if (options.json) return printJson(shell.output, result);
      printPaths(shell.output, result);
    });

  const graph = program.command('graph').description('the workspace network for other tools');
  graph
    .command('export')
    .description('write the network as GraphML (Gephi, igraph), node-link JSON (networkx) or a tab-separated edge list')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]).default('graphml'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--no-coworkers', 'leave out inferred coworker ties')
    .action(async (options: { format: GraphFormat; output?: string; coworkers: boolean }, command: Command) => {
      const text = await shell.withContext(command, async (context) => (await import('../../app/graph-export.ts')).exportGraph(context, options.format, { coworkers: options.coworkers }));
      if (options.output) {
        writeOutput(options.output, text);
        shell.output.err(`Wrote ${options.output}`);
      } else {
        process.stdout.write(text);
      }
    });
}

const interval = (value: { mean: number; low: number; high: number }) => `${value.mean.toFixed(1)} (${value.low.toFixed(1)}–${value.high.toFixed(1)})`;

/** Why this many asks: stopped once precise enough, or the cap, or exactly as asked. */
export function runsExplained(result: ReachResult): string {
  const cap = result.runsCap.toLocaleString('en-US');
  if (!result.precision) return `exactly ${cap} asks per estimate (--fixed-runs)`;
  const goal = `every 95% interval within ±${result.precision.relative * 100}% of its mean or ±${result.precision.absolute}`;
  const blocks = [result, ...result.scenarios];
  const stopped = blocks.every((block) => block.runs < result.runsCap);
  const atCap = blocks.filter((block) => block.runs >= result.runsCap).map((block) => block.name);
  if (stopped) return `sampling stopped once ${goal} (at most ${cap} asks; --fixed-runs to run them all)`;
  return `sampling stops once ${goal}; ${atCap.join(', ')} used all ${cap} asks allowed (--runs raises the cap)`;
}

export function printReach(output: Output, result: ReachResult): void {
  output.out(pc.bold(`Word of mouth from you: ${result.runs.toLocaleString('en-US')} simulated asks (independent cascade, seed ${result.seed}${result.p !== null ? `, every tie passing ${result.p}` : `; ${PASS_MODEL_SOURCE}`})`));
  output.out(pc.dim(runsExplained(result)));
  output.out(`within 1 hop: ${result.firstDegree.people} people, ${result.firstDegree.inMarket} in market, ${result.firstDegree.companies} target companies`);
  if (result.secondDegree.people > result.firstDegree.people) {
    output.out(`within 2 hops: ${result.secondDegree.people} people, ${result.secondDegree.inMarket} in market, ${result.secondDegree.companies} target companies (the second degree comes from teammates' exports imported with --member and from coworkers inferred at the same employers)`);
  } else {
    output.out(pc.dim("within 2 hops: not known. Your export lists only your own connections (and coworkers inferred at the same employers are your connections already); import a teammate's export with --member NAME to add their network"));
  }
  const blocks = [result, ...result.scenarios];
  output.out(
    table(
      ['scenario', 'in-market people reached (95% CI)', 'target companies', 'everyone reached'],
      blocks.map((block) => [block.name, interval(block.expectedInMarket), interval(block.expectedCompanies), interval(block.expectedReached)]),
    ),
  );
  for (const scenario of result.scenarios) output.out(`  ${scenario.name}: ${scenario.description}`);
  if (result.scenarios.length >= 2) {
    const best = [...result.scenarios].sort((a, b) => b.expectedInMarket.mean - a.expectedInMarket.mean)[0];
    output.out(pc.bold(`For your network, ${best.name} gets the word to the most in-market people.`));
  }
  if (result.askFirst.length > 0) {
    output.out(pc.bold(`\nWho to ask first (each adds the most ${result.askFirstCounts === 'in-market' ? 'in-market reach' : 'reach (no market set: everyone counts)'} to those before):`));
    result.askFirst.forEach((person, index) => output.out(`  ${index + 1}. ${plain(person.name)}${person.title ? `, ${plain(person.title)}` : ''}${person.company ? ` at ${plain(person.company)}` : ''}  +${person.marginalGain.toFixed(1)}`));
  }
}

/** Two-hop reach through a cohort: what each teammate's consent lets count, and why there may be no second degree. */
export function printPooledReach(output: Output, pooled: PooledReachView): void {
  output.out(pc.bold(`\nThrough your cohort "${plain(pooled.cohort.name)}" (${pooled.teammatesCounted} teammate(s) sharing people${pooled.teammatesCountsOnly > 0 ? `, ${pooled.teammatesCountsOnly} sharing counts only, which reach no one person by person` : ''}; in market = ${pooled.market ? `in "${plain(pooled.market)}"` : 'no market set, so nobody'}):`));
  output.out(`  1 hop (your own network): ${pooled.firstDegree.people} people, ${pooled.firstDegree.inMarket} in market`);
  if (pooled.noSecondDegree) output.out(pc.dim(`  2 hops: ${pooled.noSecondDegree}`));
  else {
    output.out(`  2 hops (your teammates' people you do not know yet): ${pooled.secondDegree.people} people, ${pooled.secondDegree.inMarket} in market, over ${pooled.secondDegree.ties} teammate ties (${pooled.secondDegree.alsoFirstDegree} of them to people you know already)`);
    output.out(`  within 2 hops: ${pooled.withinTwoHops.people} people, ${pooled.withinTwoHops.inMarket} in market`);
  }
  const wom = pooled.wordOfMouth;
  const interval = (value: { mean: number; low: number; high: number }) => `${value.mean.toFixed(1)} (${value.low.toFixed(1)}–${value.high.toFixed(1)})`;
  output.out(pc.bold(`\nWord of mouth over the pooled network (${wom.graph.people.toLocaleString('en-US')} people, ${wom.graph.teammates} teammate(s), ${wom.graph.ties.toLocaleString('en-US')} ties; 95% intervals):`));
  output.out(`  within 1 hop: ${interval(wom.oneHop.expectedInMarket)} in market, ${interval(wom.oneHop.expectedReached)} people (${wom.oneHop.runs.toLocaleString('en-US')} asks)`);
  if (pooled.noSecondDegree) output.out(pc.dim(`  within 2 hops: ${interval(wom.twoHops.expectedInMarket)} in market, no more than your own network and its coworkers: ${pooled.noSecondDegree.replace(/^no second degree to count: /, '')}`));
  else output.out(`  within 2 hops: ${interval(wom.twoHops.expectedInMarket)} in market, ${interval(wom.twoHops.expectedReached)} people (${wom.twoHops.runs.toLocaleString('en-US')} asks)`);
  output.out(pc.dim(`  ${wom.model}; seed ${wom.seed}, ${wom.threads} thread(s)`));
  if (wom.askFirst.length > 0) {
    output.out(pc.bold('\nWho to ask first through the cohort (each adds the most in-market reach within two hops to those before):'));
    wom.askFirst.forEach((pick, index) => output.out(`  ${index + 1}. ${plain(pick.name)}${pick.kind === 'teammate' ? ' (teammate)' : ''}  +${pick.marginalGain.toFixed(1)}`));
    if (wom.askFirstGuarantee) output.out(pc.dim(`  ${wom.askFirstGuarantee}`));
  }
}

export function registerReach(program: Command, shell: Shell): void {
  program
    .command('reach')
    .description('how far an ask or a post travels from you (Monte Carlo word of mouth), what-if scenarios, who to ask first')
    .option('--runs <n>', `the most simulated asks per estimate (${REACH_LIMITS.runsMin}..${REACH_LIMITS.runsMax}); sampling stops earlier once every 95% interval is within ±1% or ±0.5`, wholeNumber('--runs'), 10_000)
    .option('--fixed-runs', 'run exactly --runs asks (no early stop)')
    .option('--seed <n>', 'random seed (same seed, same answer)', wholeNumber('--seed'), 1)
    .option('--p <probability>', 'replace every tie’s pass probability with P (compare with textbook models)', (value: string) => {
      const p = Number(value);
      if (!Number.isFinite(p)) throw new ReferableError('INVALID_INPUT', `--p must be a number; got "${value}"`);
      return p;
    })
    .option('--what-if <scenario>', 'add-weak=N or strengthen=K; repeat to compare scenarios side by side', (value: string, previous: string[] = []) => [...previous, value])
    .option('--ask <k>', 'pick the k first-degree contacts to ask so the word reaches the most in-market people', wholeNumber('--ask'))
    .option('--no-coworkers', 'leave out inferred coworker ties')
    .option('--cohort <name>', "also count two-hop reach through this cohort's teammates, as far as each consents (PostgreSQL, a workspace with an owner)")
    .option('--json', 'print JSON')
    .action(async (options: { runs: number; fixedRuns?: boolean; seed: number; p?: number; whatIf?: string[]; ask?: number; coworkers: boolean; cohort?: string; json?: boolean }, command: Command) => {
      // Opened first: on a SQLite file there are no cohorts (a clear refusal), and the simulation should not run for nothing.
      const { db, workspace } = globalOptions(command);
      const accounts = options.cohort !== undefined ? await openAccounts(resolveStoreLocation({ db, env: shell.env }), { now: shell.now }, 'reach --cohort') : null;
      let result: ReachResult;
      let pooled: PooledReachView | null = null;
      try {
        result = await shell.withContext(command, async (context) => (await import('../../app/reach.ts')).estimateWordOfMouth(context, options));
        if (accounts) pooled = await (await import('../../app/accounts/pooled-views.ts')).pooledReachOfWorkspace(accounts, workspace ?? 'default', options.cohort!, options);
      } finally {
        await accounts?.store.close();
      }
      if (options.json) return printJson(shell.output, pooled ? { ...result, pooled } : result);
      printReach(shell.output, result);
      if (pooled) printPooledReach(shell.output, pooled);
    });
}
