// docs/evidence.md from one evidence run: the three comparisons with intervals and verdicts, calibration kept apart
// from predictions, and everything needed to rerun it.
import { NETWORK_DEFAULTS } from '../../src/core/network/network-model.ts';
import { PASS_PROBABILITY_DEFAULTS, tiePassProbability } from '../../src/core/ties/pass-probability.ts';
import { BOOTSTRAP_DEFAULTS, type Estimate } from '../../src/core/evidence/bootstrap.ts';
import { CALIBRATION_DEFAULTS, GRANOVETTER } from '../../src/core/evidence/calibration.ts';
import { COMPARISON_DEFAULTS, GRANOVETTER_CHAINS, type Comparisons, type Curve } from '../../src/core/evidence/comparisons.ts';
import type { WorldTally } from '../../src/core/evidence/evidence-tally.ts';
import type { PassModel } from '../../src/core/evidence/pass-model.ts';
import { SEARCH_DEFAULTS } from '../../src/core/evidence/job-search.ts';
import { CONTACT_DEFAULTS } from '../../src/core/evidence/contact-frequency.ts';
import { BANDS, JOB_WORLD_DEFAULTS } from '../../src/core/evidence/world-options.ts';

export interface Variant {
  key: string;
  label: string;
  redundancyHalf: number;
  /** Shown only in the sensitivity table. */
  sensitivity: boolean;
}

export interface Fit {
  variant: Variant;
  model: PassModel;
  logLikelihood: number;
  /** Contact hires by band on the calibration worlds at the fitted point. */
  calibrationBands: number[];
  gridPoints: number;
}

export interface EvidenceRun {
  seed: number;
  people: number;
  threads: number;
  calibrationSeeds: number[];
  predictionSeeds: number[];
  fits: Fit[];
  before: { model: PassModel; comparisons: Comparisons };
  after: { fit: Fit; comparisons: Comparisons }[];
  /** One tally per prediction world (any model: the world facts are the same). */
  worldFacts: WorldTally[];
  seconds: number;
  /** CPU seconds of the whole process, all threads. */
  cpuSeconds: number;
}

/** Shares of a 500-person network by band implied by the layers of Hill & Dunbar (2003) and Sutcliffe et al. (2012). */
const LAYER_TARGET = [0.03, 0.27, 0.7];

const pct = (value: number) => (100 * value).toFixed(1);
const share = (e: Estimate) => `${pct(e.value)} (${pct(e.low)}–${pct(e.high)})`;
const rate = (e: Estimate) => (Number.isFinite(e.low) ? `${e.value.toFixed(2)} (${e.low.toFixed(2)}–${e.high.toFixed(2)})` : '—');
const number = (value: number) => value.toLocaleString('en-US');
const p = (value: number) => (value < 0.001 ? '< 0.001' : value.toFixed(3));
/** "p = 0.702" or "p < 0.001". */
const pText = (value: number) => (value < 0.001 ? 'p < 0.001' : `p = ${value.toFixed(3)}`);
const verdictText = (verdict: string) => (verdict === 'partly' ? 'partly reproduced' : verdict);

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function modelText(model: PassModel): string {
  return `min ${model.min}, max ${model.max}, exponent ${model.exponent}${model.redundancyHalf > 0 ? `, m½ ${model.redundancyHalf}` : ''}`;
}

function shapeText(curve: Curve): string {
  const peak = curve.points[curve.peak];
  const first = curve.used[0];
  const last = curve.used[curve.used.length - 1];
  const parts = [`peak at ${peak.label}`];
  if (curve.peak !== first) parts.push(`${rate(curve.riseToPeak)} more hires per 1,000 ties than at ${curve.points[first].label}`);
  if (curve.peak !== last) parts.push(`${rate(curve.fallAfterPeak)} more than at ${curve.points[last].label}`);
  return `${curve.shape} (${parts.join('; ')})`;
}

function curveTable(title: string, rows: { label: string; curve: Curve }[]): string {
  const base = rows[0].curve;
  return table(
    [title, 'share of seekers’ ties', ...rows.map((row) => `hires per 1,000 ties: ${row.label}`)],
    base.points.map((point, bin) => [
      point.label,
      `${pct(point.tieShare)}%${base.used.includes(bin) ? '' : ' (too few ties)'}`,
      ...rows.map((row) => rate(row.curve.points[bin].rate)),
    ]),
  );
}

function worldSection(run: EvidenceRun): string {
  const ties = [0, 1, 2].map((band) => run.worldFacts.reduce((sum, t) => sum + t.world.ties[band], 0));
  const mutual = [0, 1, 2].map((band) => run.worldFacts.reduce((sum, t) => sum + t.world.mutualSum[band], 0) / ties[band]);
  const strength = [0, 1, 2].map((band) => run.worldFacts.reduce((sum, t) => sum + t.world.strengthSum[band], 0) / ties[band]);
  const allTies = ties.reduce((a, b) => a + b, 0);
  const peopleTotal = run.worldFacts.reduce((sum, t) => sum + t.world.people, 0);
  const seekers = run.worldFacts.reduce((sum, t) => sum + t.seekers, 0);
  const openings = run.worldFacts.reduce((sum, t) => sum + t.openings, 0);
  const o = JOB_WORLD_DEFAULTS;
  return [
    table(
      ['contact frequency (Granovetter’s bands)', 'share of ties', 'layer target', 'mean mutual connections', 'mean Referable strength'],
      BANDS.map((band, i) => [band, `${pct(ties[i] / allTies)}%`, `${pct(LAYER_TARGET[i])}%`, mutual[i].toFixed(1), strength[i].toFixed(2)]),
    ),
    '',
    `Mean ties per person: ${((2 * allTies) / peopleTotal).toFixed(1)}. Seekers: ${number(seekers)} (${pct(SEARCH_DEFAULTS.seekerShare)}% of people), openings: ${number(openings)} over the ${run.predictionSeeds.length} prediction worlds.`,
    `Mutual connections fall from often to rarely ties, the pattern Onnela et al. (PNAS 104(18), 2007) measured on 4.6 million phone users; the world keeps about ${Math.round((2 * allTies) / peopleTotal)} ties per person instead of ~500, so the often band is larger than the layer target (the team of ${o.teamSize} you see every day does not shrink with the network).`,
  ].join('\n');
}

function granovetterTable(run: EvidenceRun, primary: { fit: Fit; comparisons: Comparisons }[]): string {
  const rows = [
    [`Granovetter 1973 (n = ${GRANOVETTER.n})`, ...run.before.comparisons.granovetter.paper.map(share), '—', '—'],
    [`product before calibration (${modelText(run.before.model)})`, ...run.before.comparisons.granovetter.shares.map(share), p(run.before.comparisons.granovetter.p), run.before.comparisons.granovetter.verdict],
    ...primary.map(({ fit, comparisons }) => [`${fit.variant.label}, fitted (${modelText(fit.model)})`, ...comparisons.granovetter.shares.map(share), p(comparisons.granovetter.p), comparisons.granovetter.verdict]),
  ];
  return table(['', 'often %', 'occasionally %', 'rarely %', 'χ² p (Granovetter’s 54 answers)', 'verdict'], rows);
}

export function renderEvidence(run: EvidenceRun): string {
  const primary = run.after.filter((entry) => !entry.fit.variant.sensitivity);
  const [plain, redundancy] = primary;
  const sensitivity = run.after.filter((entry) => entry.fit.variant.redundancyHalf > 0);
  const widest = Math.max(...run.after.map((entry) => entry.comparisons.granovetter.halfWidth), run.before.comparisons.granovetter.halfWidth);
  const product = PASS_PROBABILITY_DEFAULTS;
  // The fit whose four numbers are the product's defaults: the model `reach` runs.
  const adopted = run.fits.find((fit) => !fit.variant.sensitivity && fit.model.min === product.min && fit.model.exponent === product.exponent && fit.model.max === product.max && fit.model.redundancyHalf === product.redundancyHalf);
  const curveRows = (key: 'strength' | 'mutual') => [
    { label: 'before calibration', curve: run.before.comparisons.rajkumar[key] },
    ...primary.map((entry) => ({ label: entry.fit.variant.label, curve: entry.comparisons.rajkumar[key] })),
  ];

  return `# Evidence: Referable's tie model against three field studies

Generated by \`npm run evidence\` (bench/evidence/run-evidence.ts, model code in src/core/evidence/); do not edit by hand.
This run: seed ${run.seed}, ${run.calibrationSeeds.length} calibration worlds and ${run.predictionSeeds.length} prediction worlds of ${number(run.people)} people, ${run.threads} worker threads: ${run.seconds.toFixed(0)} s on the clock, ${run.cpuSeconds.toFixed(0)} s of CPU over all threads (the clock time depends on what else the machine was running). Same seed and options, same numbers.

Referable's advice rests on a model: a tie's strength from the signals of an export (src/core/ties/tie-strength.ts), a pass probability from that strength (src/core/ties/pass-probability.ts), and word of mouth as an independent cascade. This page runs that model in simulated job markets and holds the result against what three field studies measured. One study (Granovetter's table) is used to fit the pass probability; the other two are predictions the fit never saw.

## Summary

${table(
  ['finding', 'source', 'role', ...primary.map((entry) => entry.fit.variant.label)],
  [
    ['job contacts were mostly seen occasionally or rarely (16.7 / 55.6 / 27.8 %)', 'Granovetter 1973, 1974', 'calibration', ...primary.map((entry) => `${entry.comparisons.granovetter.verdict} (χ² ${pText(entry.comparisons.granovetter.p)})`)],
    ['hires per tie are an inverted U in tie strength', 'Rajkumar et al., Science 2022', 'prediction', ...primary.map((entry) => `${verdictText(entry.comparisons.rajkumar.verdict)}: strength ${entry.comparisons.rajkumar.strength.shape}, mutual connections ${entry.comparisons.rajkumar.mutual.shape}`)],
    ['a strong tie helps more than a weak one, weak ties help more in total', 'Gee, Jones & Burke, JOLE 2017', 'prediction', ...primary.map((entry) => `${entry.comparisons.gee.verdict} (individually ${entry.comparisons.gee.individual ? 'yes' : 'no'}, in total ${entry.comparisons.gee.aggregate ? 'yes' : 'no'})`)],
  ],
)}

In plain words: ${plainWords(run, plain, redundancy)}

Before this calibration the product's pass probability (${modelText(run.before.model)}) gave ${run.before.comparisons.granovetter.shares.map((e) => pct(e.value)).join(' / ')} % — ${run.before.comparisons.granovetter.verdict} against Granovetter's table (χ² ${pText(run.before.comparisons.granovetter.p)}).
${adopted ? `**The product runs the ${adopted.variant.label}.** \`PASS_PROBABILITY_DEFAULTS\` (src/core/ties/pass-probability.ts) are the "${adopted.variant.label}" row of the calibration table below (${modelText(adopted.model)}); \`reach\`, its what-if scenarios, warm paths and the tie explanations of \`contacts show\` use them. See "What changed in the product".` : `**The product's current defaults (${modelText(product)}) are not one of this run's fits**: rerun the calibration or update src/core/ties/pass-probability.ts.`}

## How the numbers are made

**The world** (src/core/evidence/job-world.ts, world-options.ts). Ties form around shared foci (Feld, AJS 1981): a current team of ${JOB_WORLD_DEFAULTS.teamSize} at one of the demo generator's employers (src/demo/world-companies.ts; bigger employers hire more, weight size^${JOB_WORLD_DEFAULTS.sizeExponent} as in the demo), ${JOB_WORLD_DEFAULTS.colleagues} other colleagues there, ${JOB_WORLD_DEFAULTS.pastEmployersMin}–${JOB_WORLD_DEFAULTS.pastEmployersMax} past employers with former teammates (some stayed, some moved on: the bridges Granovetter's respondents used) and colleagues, a community of ${JOB_WORLD_DEFAULTS.communitySize} with close friends, friends and neighbours, and ${JOB_WORLD_DEFAULTS.acquaintances} chance acquaintances anywhere. Each tie's contact-frequency band is drawn from its focus's mix (world-options.ts gives each mix and its source); mutual connections are not drawn but follow from the shared foci.

**What Referable sees** (contact-frequency.ts). Within a band, contacts per year are log-uniform (Saramäki et al., PNAS 2014); ${pct(CONTACT_DEFAULTS.visibleShare)}% of contacts leave a LinkedIn message (an assumption), endorsement and recommendation chances are the demo generator's, and the strength is Referable's own \`tieStrength()\` of those signals.

**The search** (job-search.ts). ${pct(SEARCH_DEFAULTS.seekerShare)}% of people look for a job; ${SEARCH_DEFAULTS.openingsPerSeeker} openings per seeker appear at employers in proportion to headcount, each known to one hiring team. ${pct(SEARCH_DEFAULTS.formalShare)}% are filled by formal means (Granovetter 1974: a little over half of jobs came through contacts). The others travel as an independent cascade (Kempe, Kleinberg & Tardos 2003) over ties with Referable's pass probabilities, hop by hop, up to ${SEARCH_DEFAULTS.maxHops} hops; the first hop that reaches a seeker still searching decides it, and the hire is traced to the tie that told them (one at random when several told them at the same hop). Seekers do not take openings at their own employer.

**The redundancy term** (\`novelty()\` in src/core/ties/pass-probability.ts, the function the product calls too). The plain cascade treats every tie's pass as independent of every other path, so a strong, embedded contact brings as much news as a strong bridge. The literature says it does not: strong ties sit in dense clusters (Granovetter 1973), their contacts are redundant by cohesion (Burt, Structural Holes, 1992), and high-bandwidth ties carry less novel information (Aral & Van Alstyne, "The Diversity-Bandwidth Trade-off", AJS 2011). The term multiplies a tie's pass probability by m½ / (m½ + m), the share of what a contact with m mutual connections hears that is new to you. m½ = ${redundancyHalfOf(run)} is not fitted: it is about the mean number of mutual connections of the ties people see often (the world table), read as "a contact as embedded as a typical frequent contact brings half news, half what you already know". Other values and forms of the term were tried while the model was built; the verdicts depend on the value, so the sensitivity table shows 5 and 20 as well.

**Intervals.** Every share and rate is a ratio of sums over worlds; its 95% interval is a percentile bootstrap over whole worlds (${number(BOOTSTRAP_DEFAULTS.replicates)} resamples; hires in one world are not independent). Granovetter's own shares carry Wilson intervals for his 54 answers. Widest interval on the Granovetter table in this run: ±${pct(widest)} points.

**Seeds.** Calibration worlds: ${run.calibrationSeeds.join(', ')}. Prediction worlds: ${run.predictionSeeds[0]}–${run.predictionSeeds[run.predictionSeeds.length - 1]} (${run.predictionSeeds.length} worlds). Every model runs on the same worlds, the same openings and the same coins.

### The world (all ties of the prediction worlds)

${worldSection(run)}

## Calibration: Granovetter's table, and nothing else

Fitted: two parameters of \`passProbability()\` — \`min\` (the weakest tie) and \`exponent\` (how fast passing rises with strength). Held: \`max\` = ${run.before.model.max} (the product's; the table has two degrees of freedom, a third parameter could not be identified) and the redundancy scale m½ (set by the rule above, not fitted). Method: maximum likelihood of Granovetter's counts (${GRANOVETTER.counts.join(', ')} of ${GRANOVETTER.n}) under the simulated shares, over a ${CALIBRATION_DEFAULTS.min.length} × ${CALIBRATION_DEFAULTS.exponent.length} grid (min ${CALIBRATION_DEFAULTS.min[0]}–${CALIBRATION_DEFAULTS.min[CALIBRATION_DEFAULTS.min.length - 1]}, exponent ${CALIBRATION_DEFAULTS.exponent[0]}–${CALIBRATION_DEFAULTS.exponent[CALIBRATION_DEFAULTS.exponent.length - 1]}), then a ${CALIBRATION_DEFAULTS.minFactors.length} × ${CALIBRATION_DEFAULTS.exponentSteps.length} grid around the best point, on the ${run.calibrationSeeds.length} calibration worlds with common random numbers.

${table(
  ['model', 'fitted min', 'fitted exponent', 'held max', 'held m½', 'log-likelihood', 'grid points', 'calibration worlds: often / occasionally / rarely %'],
  run.fits.map((fit) => {
    const total = fit.calibrationBands.reduce((a, b) => a + b, 0);
    const label = fit.model === adoptedModel(run) ? `${fit.variant.label} (the product's defaults)` : fit.variant.label;
    return [label, `${fit.model.min}`, `${fit.model.exponent}`, `${fit.model.max}`, fit.model.redundancyHalf > 0 ? `${fit.model.redundancyHalf}` : '—', fit.logLikelihood.toFixed(2), `${fit.gridPoints}`, fit.calibrationBands.map((count) => pct(count / total)).join(' / ')];
  }),
)}

On the fresh prediction worlds (the fit never saw them), shares of hires through a contact by how often the contact was seen, with 95% intervals:

${granovetterTable(run, primary)}

The verdict is "reproduced" when Granovetter's 54 answers are a plausible sample of the simulated shares (Pearson χ², 2 degrees of freedom, p ≥ 0.05), "partly" when only the order occasionally > rarely > often holds. A fitted model reproducing its own calibration target is expected; the point of this table is that the fit holds on new worlds and that the defaults before it did not.

## Predictions (not fitted)

### Rajkumar et al. 2022: hires per tie against tie strength

Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson and Aral ran randomised "People You May Know" experiments on 20 million LinkedIn members: job transmission per tie was an inverted U — moderately weak ties helped most, the strongest and the weakest less. With strength measured by mutual connections the curve was an inverted U; with interaction intensity the weakest ties helped most. Below: hires through a tie per 1,000 seeker ties, by Referable's strength (mostly interaction signals) and by mutual connections. A curve is an "inverted U" when its peak is inside the range and both the lowest and the highest bin are below the peak with 95% confidence; bins with fewer than ${number(COMPARISON_DEFAULTS.minTies)} seeker ties are left out of the shape.

${curveTable('Referable strength', curveRows('strength'))}

${[{ label: 'before calibration', c: run.before.comparisons }, ...primary.map((entry) => ({ label: entry.fit.variant.label, c: entry.comparisons }))].map((row) => `- ${row.label}: ${shapeText(row.c.rajkumar.strength)}.`).join('\n')}

${curveTable('mutual connections', curveRows('mutual'))}

${[{ label: 'before calibration', c: run.before.comparisons }, ...primary.map((entry) => ({ label: entry.fit.variant.label, c: entry.comparisons }))].map((row) => `- ${row.label}: ${shapeText(row.c.rajkumar.mutual)}.`).join('\n')}

${tensionText(run, plain)}

Verdict: "reproduced" when both curves are inverted U's; "partly" when at least one bends — its peak inside the range, the lowest bin below it (diminishing returns) or the highest bin below it — without both being full U's; "not reproduced" when both are monotone or flat. ${primary.map((entry) => `${entry.fit.variant.label}: **${verdictText(entry.comparisons.rajkumar.verdict)}**`).join('; ')}.

### Gee, Jones & Burke 2017: strong ties individually, weak ties in total

On 6 million Facebook users, one strong tie was more likely to help than one weak tie, yet most jobs came through weaker ties because there are so many of them. Here "strong" is Referable's strong band (strength ≥ 0.5) and "weaker" everything below it.

${table(
  ['model', 'hires per 1,000 ties: weak (< 0.2)', 'moderate (0.2–0.5)', 'strong (≥ 0.5)', 'strong ÷ weaker, per tie', 'share of hires through weaker ties %', 'verdict'],
  [{ label: 'before calibration', c: run.before.comparisons }, ...primary.map((entry) => ({ label: entry.fit.variant.label, c: entry.comparisons }))].map((row) => [
    row.label, ...row.c.gee.perTie.map(rate), rate(row.c.gee.strongOverWeaker), share(row.c.gee.weakerShare), row.c.gee.verdict,
  ]),
)}

Verdict: "reproduced" when a strong tie's rate is above a weaker tie's (ratio's interval above 1) and weaker ties carry more than half the hires (interval above 50%); "partly" when one of the two holds.

### Side observation: how long the chains were (not one of the three checks, never fitted)

Granovetter (1973, p. 1372; n = ${GRANOVETTER_CHAINS.n}) asked how many intermediaries stood between the employer and the job-finder.

${table(
  ['', 'none (contact on the hiring team) %', 'one %', 'two %', 'more %'],
  [
    [`Granovetter 1973`, ...GRANOVETTER_CHAINS.shares.map((value) => pct(value))],
    ...[{ label: 'before calibration', c: run.before.comparisons }, ...primary.map((entry) => ({ label: entry.fit.variant.label, c: entry.comparisons }))].map((row) => [row.label, ...row.c.chains.map(share)]),
  ],
)}

## Sensitivity of the redundancy term

Each row is refitted on Granovetter's table with its own m½, then predicted on the same fresh worlds.

${table(
  ['m½', 'fitted min', 'fitted exponent', 'Granovetter χ² p', 'Rajkumar: strength', 'Rajkumar: mutual connections', 'Gee'],
  sensitivity
    .sort((a, b) => a.fit.variant.redundancyHalf - b.fit.variant.redundancyHalf)
    .map((entry) => [`${entry.fit.variant.redundancyHalf}`, `${entry.fit.model.min}`, `${entry.fit.model.exponent}`, p(entry.comparisons.granovetter.p), entry.comparisons.rajkumar.strength.shape, entry.comparisons.rajkumar.mutual.shape, entry.comparisons.gee.verdict]),
)}

## What changed in the product

${productSection(run, adopted)}

## Limits

- The world is synthetic. Its structure (foci, band mixes, team size, careers) comes from the sources cited in src/core/evidence/world-options.ts or is marked as an assumption there; the verdicts hold for worlds like it, not for every labour market.
- Referable sees ties through LinkedIn signals only; the share of contacts that leave a message (${pct(CONTACT_DEFAULTS.visibleShare)}%) is an assumption, and one strength serves both directions of a tie.
- Granovetter's table has 54 answers: many pass models fit it within its sampling error, which is why only two parameters are fitted and why the other two comparisons are the real test.
- Rajkumar et al. and Gee et al. measured "a tie helped" as moving to the contact's employer; here it is the tie that carried the opening. Neither study's numbers are reproduced, only the shapes they report.
`;
}

/** The fitted model the product's defaults equal, if any. */
function adoptedModel(run: EvidenceRun): PassModel | undefined {
  const product = PASS_PROBABILITY_DEFAULTS;
  return run.fits.find((fit) => !fit.variant.sensitivity && fit.model.min === product.min && fit.model.exponent === product.exponent && fit.model.max === product.max && fit.model.redundancyHalf === product.redundancyHalf)?.model;
}

/** What the product now uses and what it means for a tie, or a warning when the defaults are not this run's fit. */
function productSection(run: EvidenceRun, adopted: Fit | undefined): string {
  const product = PASS_PROBABILITY_DEFAULTS;
  if (!adopted) return `The product's defaults (${modelText(product)}) differ from every fit of this run: rerun the calibration or update src/core/ties/pass-probability.ts.`;
  const plain = run.fits.find((fit) => !fit.variant.sensitivity && fit.variant.redundancyHalf === 0);
  const at = (model: PassModel, strength: number, mutual = 0) => `${(100 * tiePassProbability(strength, mutual, model)).toFixed(1)}%`;
  const ties: [string, number][] = [['a bare connection, never messaged', 0.08], ['weak (0.15)', 0.15], ['moderately weak (0.3)', 0.3], ['a regular correspondent (0.6)', 0.6], ['strongest (1.0)', 1]];
  const columns = ['before calibration', ...(plain ? [`${plain.variant.label} fit`] : []), `now: ${adopted.variant.label}, no mutual connections`, `now, 3 mutual connections`, `now, 10 mutual connections`];
  return [
    `The product runs the ${adopted.variant.label}. \`PASS_PROBABILITY_DEFAULTS\` (src/core/ties/pass-probability.ts) hold that row's fit: min ${run.before.model.min} → ${adopted.model.min}, exponent ${run.before.model.exponent} → ${adopted.model.exponent}, max ${adopted.model.max} unchanged, and m½ = ${adopted.model.redundancyHalf} for the redundancy term${plain ? ` (the ${plain.variant.label} alone fits ${modelText(plain.model)} on these worlds; the product ran that model, with an earlier fit, until the redundancy term went in)` : ''}. \`referable reach\` (its baseline and what-if descriptions and the terminal header), warm paths, \`contacts show\` and the tie-strength explanation cite this page. What a tie passes on:`,
    '',
    table(['tie (Referable strength)', ...columns], ties.map(([label, strength]) => [label, at(run.before.model, strength), ...(plain ? [at(plain.model, strength)] : []), at(adopted.model, strength), at(adopted.model, strength, 3), at(adopted.model, strength, 10)])),
    '',
    `**Mutual connections in the product.** Each edge of the workspace's network (src/core/network/redundancy.ts) passes passProbability(strength) × m½ / (m½ + m), where m is the number of common neighbours of its two ends in the graph Referable has: your connections who are also tied to the contact — through a teammate's pooled export, an address-book "knows" link or a link made by hand. Inferred coworker ties (same employer, never confirmed) do not count toward m: they are a guess, while the study's mutual connections are real ties, and counting them would make m an artefact of how Referable links coworkers (every pair at an employer of up to ${NETWORK_DEFAULTS.coworkerCliqueLimit} of your contacts, a ring of ${NETWORK_DEFAULTS.coworkerLinks} neighbours above that) rather than of who knows whom. A single LinkedIn export lists none of your connections' connections, so for one user alone m is 0 on every direct tie and each passes the "no mutual connections" column — the most the model allows, an upper bound; pooling teammates' networks makes m known and lowers the passes of embedded contacts.`,
    '',
    `So \`reach\` figures are smaller than before calibration, and in the what-if, strengthening ties gains on adding weak ones: each new weak tie passes an ask about ${at(adopted.model, 0.08)} of the time. Weak ties still carry most hires in the simulation (the Gee comparison) — through their number and their reach into other circles, not through each one passing word on often.`,
  ].join('\n');
}

function plainWords(run: EvidenceRun, plain: { fit: Fit; comparisons: Comparisons } | undefined, redundancy: { fit: Fit; comparisons: Comparisons } | undefined): string {
  if (!plain) return '';
  const said: string[] = [];
  said.push(`fitted on Granovetter's table, Referable's tie model ${plain.comparisons.granovetter.verdict === 'reproduced' ? 'keeps matching it on worlds it was not fitted on' : 'does not match it on fresh worlds'}`);
  said.push(`it ${plain.comparisons.gee.verdict === 'reproduced' ? 'predicts, unfitted, what Gee et al. measured: a strong tie helps more one for one, weak ties more in total' : `predicts Gee et al.'s finding ${plain.comparisons.gee.verdict === 'partly' ? 'only in part' : 'wrongly'}`}`);
  said.push(`it ${plain.comparisons.rajkumar.verdict === 'reproduced' ? 'also reproduces' : plain.comparisons.rajkumar.verdict === 'partly' ? 'partly reproduces' : 'does not reproduce'} Rajkumar et al.'s inverted U`);
  const withTerm = redundancy ? `; with the redundancy term the inverted U is ${verdictText(redundancy.comparisons.rajkumar.verdict)} (${redundancy.comparisons.rajkumar.mutual.shape} over mutual connections, ${redundancy.comparisons.rajkumar.strength.shape} over strength)` : '';
  return `${said.join('; ')}${withTerm}.`;
}

/** Says so when the uncalibrated curve bent down at the strong end and the fitted one does not: the fit's trade-off. */
function tensionText(run: EvidenceRun, plain: { fit: Fit; comparisons: Comparisons } | undefined): string {
  if (!plain) return '';
  const before = run.before.comparisons.rajkumar.strength.shape;
  const after = plain.comparisons.rajkumar.strength.shape;
  if (before === after) return '';
  return `Note the trade-off: before calibration the strength curve was ${before === 'inverted U' ? 'an inverted U' : `"${before}"`} — that pass probability flattens as strength grows — but it failed Granovetter's table. Fitted to the table, passing rises faster than strength, and the strength curve ${after === 'rises' ? 'rises throughout' : `becomes "${after}"`}. In these worlds Granovetter's table and a downturn at the strong end pull the shape of the pass probability in opposite directions; the redundancy term, which depends on a tie's structure rather than its strength, is one way to bend a curve without undoing the fit.`;
}

/** The redundancy scale of the main (non-sensitivity) redundancy model. */
function redundancyHalfOf(run: EvidenceRun): string {
  const fit = run.fits.find((entry) => !entry.variant.sensitivity && entry.variant.redundancyHalf > 0);
  return fit ? `${fit.variant.redundancyHalf}` : '—';
}
