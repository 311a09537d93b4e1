// The knobs of the job-search world, with where each value comes from (a paper, or "assumption" when none fits).
//
// Contact-frequency bands are Granovetter's (Getting a Job, 1974; "The Strength of Weak Ties", AJS 78(6), 1973,
// p. 1371): often = at least twice a week, occasionally = more than once a year but less than twice a week,
// rarely = once a year or less. The mix of bands per focus is chosen so a person's ties split roughly like the
// layers of a personal network (Hill & Dunbar, "Social network size in humans", Human Nature 14, 2003; Zhou,
// Sornette, Hill & Dunbar, Proc. R. Soc. B 272, 2005; Sutcliffe, Dunbar et al., British Journal of Psychology 103,
// 2012): about 5 people seen at least weekly plus the coworkers seen every day, about 150 seen at least once a year,
// and acquaintances out to about 500 seen less — that is roughly 3% often, 27% occasionally and 70% rarely of a
// 500-person network. The world keeps those shares with fewer ties per person (about 150) so fifty worlds fit in the
// time budget; the evidence document prints the shares the world actually has.

export const BANDS = ['often', 'occasionally', 'rarely'] as const;
export type Band = (typeof BANDS)[number];

export const FOCI = ['team', 'colleague', 'former-team', 'former-colleague', 'close-friend', 'friend', 'neighbour', 'acquaintance'] as const;
export type Focus = (typeof FOCI)[number];

/** Relative chances of [often, occasionally, rarely] for a tie formed around one focus. */
export type BandMix = readonly [number, number, number];

export interface JobWorldOptions {
  people: number;
  /** Employer weight = size^sizeExponent × a ±60% jitter: the demo generator's law for who works where. */
  sizeExponent: number;
  /** People per team (assumption: a typical product or engineering team). */
  teamSize: number;
  /**
   * Past employers per person, uniform in [min, max]. Assumption for mid-career professionals; the US National
   * Longitudinal Survey of Youth 1979 counts 12.7 jobs between ages 18 and 56, most of them before 25 (BLS, 2023).
   */
  pastEmployersMin: number;
  pastEmployersMax: number;
  /** Chance a past stint left a tie with each teammate still there, and with each teammate who also left. */
  formerStayedTie: number;
  formerLeftTie: number;
  /** Colleagues outside the team each person links to, at the current employer and at each past one. */
  colleagues: number;
  formerColleagues: number;
  /** People per community, and ties drawn per person inside it by kind. */
  communitySize: number;
  closeFriends: number;
  friends: number;
  neighbours: number;
  /** Chance acquaintances anywhere in the world, per person. */
  acquaintances: number;
  bandMix: Record<Focus, BandMix>;
}

export const JOB_WORLD_DEFAULTS: JobWorldOptions = {
  people: 10_000,
  sizeExponent: 1.4,
  teamSize: 8,
  pastEmployersMin: 1,
  pastEmployersMax: 4,
  formerStayedTie: 0.4,
  formerLeftTie: 0.15,
  colleagues: 3,
  formerColleagues: 2,
  communitySize: 80,
  closeFriends: 2,
  friends: 6,
  neighbours: 10,
  acquaintances: 30,
  bandMix: {
    // Granovetter counted coworkers among the people seen often: a team meets every working day.
    team: [1, 0, 0],
    colleague: [0.15, 0.7, 0.15],
    // Granovetter (1974, ch. 4): job contacts were often former coworkers, seen occasionally or rarely since.
    'former-team': [0.05, 0.45, 0.5],
    'former-colleague': [0, 0.25, 0.75],
    // The support clique: contacted at least weekly (Sutcliffe et al. 2012), often more.
    'close-friend': [0.5, 0.5, 0],
    friend: [0.05, 0.9, 0.05],
    neighbour: [0, 0.3, 0.7],
    acquaintance: [0, 0.1, 0.9],
  },
};
