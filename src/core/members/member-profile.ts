// A member's own profile and history (LinkedIn Profile.csv, Positions.csv, Company Follows.csv, Skills.csv).

export interface Position {
  company: string;
  title: string;
  location: string;
  startedOn: string;
  finishedOn: string;
}

export interface MemberProfile {
  firstName: string;
  lastName: string;
  headline: string;
  industry: string;
  location: string;
  /** The member's own LinkedIn URL, learned from invitations or messages (Profile.csv has none). */
  linkedinUrl: string;
  positions: Position[];
  companyFollows: { company: string; followedOn: string }[];
  skills: string[];
}

export function emptyProfile(): MemberProfile {
  return { firstName: '', lastName: '', headline: '', industry: '', location: '', linkedinUrl: '', positions: [], companyFollows: [], skills: [] };
}
