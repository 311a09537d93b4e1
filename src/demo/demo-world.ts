// The vocabulary of the fictional world the demo export is drawn from: one import point for the generator.
//
// The bulky lists live in world-*.ts files; this file adds the owner's side of the story (career path,
// skills, places, what they post about) and re-exports the rest.
export { COMPANIES, NON_EMPLOYERS, type DemoCompany, type Industry } from './world-companies.ts';
export {
  firstNameSpellings, lastNameSpellings, NAME_CULTURES, NAME_DECORATIONS, NAME_SUFFIXES, type NameCulture, type NameSpelling,
} from './world-names.ts';
export {
  FAMILY_MIX, INDUSTRY_TITLE_SHARE, LOCAL_TITLES, NON_TITLES, PUNCTUATED_TITLES, TITLES_BY_FAMILY, TITLES_BY_INDUSTRY,
  type Family, type WeightedTitles,
} from './world-titles.ts';
export { SKILLS_BY_FAMILY, SKILLS_BY_INDUSTRY, skillsForTitle } from './world-skills.ts';
export { CONVERSATION_OPENERS, CONVERSATION_TURNS, fillTemplate, INVITATION_NOTES, RECOMMENDATION_TEXTS } from './world-texts.ts';

/** Places as LinkedIn writes them in Profile.csv and Positions.csv. */
export const LOCATIONS: readonly string[] = [
  'San Francisco Bay Area', 'New York, New York, United States', 'Austin, Texas, United States', 'Seattle, Washington, United States',
  'Chicago, Illinois, United States', 'Toronto, Ontario, Canada', 'Montréal, Quebec, Canada', 'London, England, United Kingdom',
  'Manchester, England, United Kingdom', 'Dublin, County Dublin, Ireland', 'Amsterdam, North Holland, Netherlands',
  'Berlin, Germany', 'München, Bayern, Deutschland', 'Paris, Île-de-France, France', 'Lyon, Auvergne-Rhône-Alpes, France',
  'Madrid, Comunidad de Madrid, España', 'Barcelona, Catalonia, Spain', 'Lisbon, Portugal', 'Milan, Lombardy, Italy',
  'Zürich, Switzerland', 'Stockholm, Sweden', 'Copenhagen, Capital Region of Denmark, Denmark', 'Helsinki, Uusimaa, Finland',
  'Warsaw, Mazowieckie, Poland', 'Bengaluru, Karnataka, India', 'Singapore', 'Tokyo, Japan', 'Sydney, New South Wales, Australia',
  'São Paulo, Brazil', 'Mexico City, Mexico', 'Lagos, Nigeria', 'Dubai, United Arab Emirates', 'Remote',
];

/** The owner's focus topics: what they share about and what contacts mention when they write. */
export const FOCUS_TOPICS: readonly string[] = [
  'payments', 'product discovery', 'hiring and referrals', 'remote product teams', 'data-informed roadmaps',
];

/** The owner's skills, most endorsed first. */
export const OWNER_SKILLS: readonly string[] = [
  'Product Management', 'Product Strategy', 'Agile Methodologies', 'User Experience (UX)', 'Payments', 'SQL',
  'Stakeholder Management', 'A/B Testing', 'Roadmap Planning', 'Cross-functional Team Leadership', 'Fintech',
  'Data Analysis', 'Go-to-Market Strategy', 'Scrum', 'Public Speaking',
];

/** The owner's career, oldest first: title, what the job was, and the industries their employer may come from. */
export const OWNER_CAREER: readonly { title: string; description: string; industries: readonly string[] }[] = [
  { title: 'Business Analyst', description: 'Requirements, process maps and reporting for the retail banking platform.', industries: ['banking', 'consulting'] },
  { title: 'Associate Product Manager', description: 'Owned onboarding and KYC flows; ran the first A/B tests on the sign-up funnel.', industries: ['fintech', 'banking'] },
  { title: 'Product Manager', description: 'Card issuing and disputes. Cut chargeback handling time by 40%, with a team of six engineers.', industries: ['fintech', 'software'] },
  { title: 'Senior Product Manager', description: 'Checkout and payment methods across 12 markets; "pay by bank" launch; hiring and mentoring two PMs.', industries: ['software', 'fintech', 'retail'] },
  { title: 'Group Product Manager', description: 'Led three product teams on the merchant platform: payouts, risk, and reporting.', industries: ['fintech', 'software'] },
];

/** Headlines and pieces the owner shares: [topic, commentary]. {url} is never inside the commentary on purpose. */
export const SHARE_COMMENTARY: readonly (readonly [string, string])[] = [
  ['payments', 'Three things I learned shipping "pay by bank" in 12 markets:\n1. Local habits beat global defaults.\n2. Refunds are a product, not an edge case.\n3. Talk to support first. #payments #fintech'],
  ['payments', 'Checkout conversion is rarely one big fix. It is fifty small ones, measured honestly. #payments'],
  ['payments', 'Good read on why authorisation rates differ by issuer, and what product teams can do about it.'],
  ['product discovery', 'Discovery is not a phase. It is a habit: a few customer conversations every week, written down. #productmanagement'],
  ['product discovery', 'The best prototype I ever tested was a spreadsheet and a phone call. #productdiscovery'],
  ['product discovery', 'Worth your 10 minutes: how one team replaced quarterly roadmaps with "bets", and what happened next.'],
  ['hiring and referrals', 'I am #OpenToWork: looking for a Group PM or Director of Product role in payments or fintech. Introductions very welcome, and I am always happy to return the favour.'],
  ['hiring and referrals', 'A referral is a loan of someone\'s reputation. Make it easy for them: a two-line blurb, a clear ask, a link.'],
  ['hiring and referrals', 'Thank you to everyone who shared my post last week. 14 conversations, 3 introductions, 1 very promising process. The network works.'],
  ['remote product teams', 'Remote product teams live or die by their writing culture. Decision logs > meetings.'],
  ['remote product teams', 'Our async planning template, shared in case it helps another distributed team. #remotework'],
  ['data-informed roadmaps', 'Data-informed, not data-driven: numbers tell you what happened, customers tell you why. #analytics'],
  ['data-informed roadmaps', 'We killed a feature used by 2% of customers. Support tickets went down, NPS went up, nobody wrote in. Sometimes less is the roadmap.'],
];

/** Titles of articles the owner links to in shares; the URLs built from them use the reserved example.com domain. */
export const SHARED_ARTICLES: readonly string[] = [
  'why-checkout-conversion-is-fifty-small-fixes', 'the-hidden-cost-of-refunds', 'discovery-habits-for-busy-teams',
  'referrals-are-a-loan-of-reputation', 'async-planning-for-distributed-teams', 'data-informed-not-data-driven',
  'what-authorisation-rates-tell-you', 'bets-not-roadmaps',
];
