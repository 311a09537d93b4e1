// A synthetic labour market for the job-search evidence run: people, employers, teams, communities and their ties.
//
// Ties form around shared foci (Feld, "The focused organization of social ties", American Journal of Sociology
// 86(5), 1981): the team you work in, your employer, the teams you worked in before, the community you live in, and
// chance meetings. Granovetter (Getting a Job, 1974, ch. 4) found that most job contacts were work contacts, many of
// them former coworkers seen occasionally or rarely since — so careers (past employers and teams) are modelled
// explicitly: a former teammate who moved on is the bridge the weak-ties argument is about.
//
// Employers and their relative headcounts come from the caller (the evidence run passes the demo world's companies,
// src/demo/world-companies.ts, weighted by size^1.4 with the same ±60% jitter as the demo's people). Each tie gets a
// contact-frequency band drawn from its focus's mix (contact-frequency.ts says where the mixes come from); mutual
// connections are not drawn but emerge from the shared foci (mutual-connections.ts compares them with the literature).
import type { Random } from '../random/seeded-random.ts';
import { weightedSampler } from '../random/seeded-random.ts';
import { ReferableError } from '../errors.ts';
import { FOCI, JOB_WORLD_DEFAULTS, type BandMix, type Focus, type JobWorldOptions } from './world-options.ts';

export interface Employer {
  /** Relative size, 1 (boutique) to 8 (giant), as in the demo world. */
  size: number;
}

/** Undirected ties as parallel arrays; a < b in every pair, no duplicates. */
export interface TieList {
  a: Int32Array;
  b: Int32Array;
  /** Index into FOCI: where the two met. */
  focus: Uint8Array;
  /** Index into BANDS: how often they are in touch (0 often, 1 occasionally, 2 rarely). */
  band: Uint8Array;
}

export interface JobWorld {
  people: number;
  employers: number;
  /** Current employer of each person. */
  employerOf: Int32Array;
  /** Current teams: members of team t are teamMembers[teamOffsets[t] .. teamOffsets[t+1]-1]. */
  teamOffsets: Int32Array;
  teamMembers: Int32Array;
  teamEmployer: Int32Array;
  /** Teams of employer e are employerTeams[employerTeamOffsets[e] .. employerTeamOffsets[e+1]-1]. */
  employerTeamOffsets: Int32Array;
  employerTeams: Int32Array;
  /** Current headcount per employer. */
  headcount: Int32Array;
  ties: TieList;
}

function invalid(message: string): ReferableError {
  return new ReferableError('INVALID_INPUT', message);
}

/**
 * Collects ties, keeping one per pair: when two foci give the same pair, the more frequent contact wins. A pair is
 * stored under its lower end as hi·32 + band·8 + focus; each person's list is sorted once, so duplicates sit together
 * with the lowest band (the most frequent contact) first — far cheaper than a hash map of a million pairs.
 */
class TieCollector {
  private lo = new Int32Array(1024);
  private code = new Float64Array(1024);
  private size = 0;

  constructor(private readonly people: number) {}

  add(x: number, y: number, focus: number, band: number): void {
    if (x === y) return;
    if (this.size === this.lo.length) {
      const lo = new Int32Array(this.size * 2);
      lo.set(this.lo);
      this.lo = lo;
      const code = new Float64Array(this.size * 2);
      code.set(this.code);
      this.code = code;
    }
    this.lo[this.size] = x < y ? x : y;
    this.code[this.size++] = (x < y ? y : x) * 32 + band * 8 + focus;
  }

  toList(): TieList {
    const n = this.people;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < this.size; i++) start[this.lo[i] + 1]++;
    for (let u = 0; u < n; u++) start[u + 1] += start[u];
    const fill = start.slice(0, n);
    const rows = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) rows[fill[this.lo[i]]++] = this.code[i];
    const a = new Int32Array(this.size);
    const b = new Int32Array(this.size);
    const focus = new Uint8Array(this.size);
    const band = new Uint8Array(this.size);
    let count = 0;
    for (let u = 0; u < n; u++) {
      const row = rows.subarray(start[u], start[u + 1]).sort();
      let previous = -1;
      for (let i = 0; i < row.length; i++) {
        const code = row[i] % 32;
        const hi = (row[i] - code) / 32;
        if (hi === previous) continue;
        previous = hi;
        a[count] = u;
        b[count] = hi;
        band[count] = code >> 3;
        focus[count++] = code & 7;
      }
    }
    return { a: a.slice(0, count), b: b.slice(0, count), focus: focus.slice(0, count), band: band.slice(0, count) };
  }
}

function drawBand(random: Random, mix: BandMix): number {
  const roll = random.next() * (mix[0] + mix[1] + mix[2]);
  if (roll < mix[0]) return 0;
  return roll < mix[0] + mix[1] ? 1 : 2;
}

/** Splits `items` (shuffled) into consecutive groups of `size`; the last group may be smaller. */
function chunks(items: number[], size: number): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

function checkOptions(employers: readonly Employer[], o: JobWorldOptions): void {
  if (employers.length < 2) throw invalid('a job world needs at least two employers');
  if (!(Number.isInteger(o.people) && o.people >= 20)) throw invalid(`people must be a whole number of at least 20, got ${o.people}`);
  if (!(Number.isInteger(o.teamSize) && o.teamSize >= 2)) throw invalid(`teamSize must be a whole number of at least 2, got ${o.teamSize}`);
  if (!(Number.isInteger(o.communitySize) && o.communitySize >= 2)) throw invalid(`communitySize must be a whole number of at least 2, got ${o.communitySize}`);
  for (const focus of FOCI) {
    const mix = o.bandMix[focus];
    if (!mix || mix.some((share) => !(share >= 0)) || !(mix[0] + mix[1] + mix[2] > 0)) throw invalid(`bandMix.${focus} must be three shares ≥ 0 with a positive sum`);
  }
}

/** A world drawn from `random`: the same seed and options always give the same world. */
export function generateJobWorld(random: Random, employers: readonly Employer[], options: Partial<JobWorldOptions> = {}): JobWorld {
  const o: JobWorldOptions = { ...JOB_WORLD_DEFAULTS, ...options, bandMix: { ...JOB_WORLD_DEFAULTS.bandMix, ...options.bandMix } };
  checkOptions(employers, o);
  const n = o.people;
  const careerRandom = random.fork();
  const teamRandom = random.fork();
  const tieRandom = random.fork();
  const focusIndex = (focus: Focus) => FOCI.indexOf(focus);
  const ties = new TieCollector(n);
  const tie = (x: number, y: number, focus: Focus) => ties.add(x, y, focusIndex(focus), drawBand(tieRandom, o.bandMix[focus]));

  // Careers: a current employer and a few past ones, big employers more often (the demo's size^1.4 with jitter).
  const weights = employers.map((employer) => Math.pow(employer.size, o.sizeExponent) * careerRandom.float(0.4, 1.6));
  const pickEmployer = weightedSampler(weights);
  const employerOf = new Int32Array(n);
  const pastOf: number[][] = [];
  for (let person = 0; person < n; person++) {
    const current = pickEmployer(careerRandom);
    employerOf[person] = current;
    const past: number[] = [];
    for (let k = careerRandom.int(o.pastEmployersMin, o.pastEmployersMax), tries = 0; past.length < k && tries < 20; tries++) {
      const employer = pickEmployer(careerRandom);
      if (employer !== current && !past.includes(employer)) past.push(employer);
    }
    pastOf.push(past);
  }

  // Current teams: each employer's staff, shuffled, in teams of teamSize. Teammates are in touch every working day.
  const staff: number[][] = employers.map(() => []);
  for (let person = 0; person < n; person++) staff[employerOf[person]].push(person);
  const teams: number[][] = [];
  const teamEmployer: number[] = [];
  const teamsOf: number[][] = employers.map(() => []);
  staff.forEach((members, employer) => {
    for (const team of chunks(teamRandom.shuffle(members), o.teamSize)) {
      teamsOf[employer].push(teams.length);
      teams.push(team);
      teamEmployer.push(employer);
    }
  });
  for (const team of teams) for (let i = 0; i < team.length; i++) for (let j = i + 1; j < team.length; j++) tie(team[i], team[j], 'team');

  // Colleagues outside the team at the current employer.
  for (const members of staff) {
    if (members.length < 2) continue;
    for (const person of members) for (let k = 0; k < o.colleagues; k++) tie(person, members[teamRandom.int(0, members.length - 1)], 'colleague');
  }

  // Past jobs: each past stint was spent in one of that employer's teams (today's team there, as the stayers see it).
  // Former teammates who stayed, former teammates who also left, and a few other former colleagues.
  const leaversOf: number[][] = teams.map(() => []);
  for (let person = 0; person < n; person++) {
    for (const employer of pastOf[person]) {
      const options = teamsOf[employer];
      if (options.length === 0) continue;
      const team = options[teamRandom.int(0, options.length - 1)];
      for (const stayer of teams[team]) if (tieRandom.chance(o.formerStayedTie)) tie(person, stayer, 'former-team');
      for (const leaver of leaversOf[team]) if (tieRandom.chance(o.formerLeftTie)) tie(person, leaver, 'former-team');
      leaversOf[team].push(person);
      const members = staff[employer];
      for (let k = 0; k < o.formerColleagues; k++) tie(person, members[teamRandom.int(0, members.length - 1)], 'former-colleague');
    }
  }

  // Communities (where people live, studied, play): close friends and family, friends, neighbours.
  const everyone = Array.from({ length: n }, (_, person) => person);
  for (const community of chunks(teamRandom.shuffle(everyone), o.communitySize)) {
    if (community.length < 2) continue;
    const other = () => community[teamRandom.int(0, community.length - 1)];
    for (const person of community) {
      for (let k = 0; k < o.closeFriends; k++) tie(person, other(), 'close-friend');
      for (let k = 0; k < o.friends; k++) tie(person, other(), 'friend');
      for (let k = 0; k < o.neighbours; k++) tie(person, other(), 'neighbour');
    }
  }

  // Chance acquaintances anywhere in the world: conferences, old classmates, friends of friends met once.
  for (let person = 0; person < n; person++) for (let k = 0; k < o.acquaintances; k++) tie(person, teamRandom.int(0, n - 1), 'acquaintance');

  const teamOffsets = new Int32Array(teams.length + 1);
  teams.forEach((team, t) => (teamOffsets[t + 1] = teamOffsets[t] + team.length));
  const employerTeamOffsets = new Int32Array(employers.length + 1);
  teamsOf.forEach((list, e) => (employerTeamOffsets[e + 1] = employerTeamOffsets[e] + list.length));
  return {
    people: n,
    employers: employers.length,
    employerOf,
    teamOffsets,
    teamMembers: Int32Array.from(teams.flat()),
    teamEmployer: Int32Array.from(teamEmployer),
    employerTeamOffsets,
    employerTeams: Int32Array.from(teamsOf.flat()),
    headcount: Int32Array.from(staff, (members) => members.length),
    ties: ties.toList(),
  };
}
