// Skills as LinkedIn lists them, by job family and by industry: what the owner endorses contacts for.
//
// Each list is ordered most endorsed first, so a weighted pick favours the skills a person in that job is best known
// for. skillsForTitle finds the list for a title as the generator wrote it, including titles typed in another
// language, so an endorsement always fits the person's job.
import type { Industry } from './world-companies.ts';
import { LOCAL_TITLES, PUNCTUATED_TITLES, TITLES_BY_FAMILY, TITLES_BY_INDUSTRY, type Family } from './world-titles.ts';

export const SKILLS_BY_FAMILY: Record<Family, readonly string[]> = {
  engineering: [
    'Software Development', 'Java', 'Python', 'TypeScript', 'Distributed Systems', 'Kubernetes', 'Amazon Web Services (AWS)',
    'System Design', 'Microservices', 'PostgreSQL', 'Go', 'React.js', 'CI/CD', 'Site Reliability Engineering', 'Code Review',
  ],
  product: [
    'Product Management', 'Product Strategy', 'Roadmap Planning', 'Product Discovery', 'User Stories', 'Agile Methodologies',
    'A/B Testing', 'Stakeholder Management', 'Go-to-Market Strategy', 'Payments',
  ],
  design: ['User Experience (UX)', 'Product Design', 'Figma', 'User Research', 'Interaction Design', 'Prototyping', 'Design Systems', 'Usability Testing'],
  data: ['Data Analysis', 'SQL', 'Python', 'Machine Learning', 'Data Engineering', 'Statistics', 'Tableau', 'dbt', 'Apache Spark', 'Data Visualization'],
  sales: [
    'Sales', 'Enterprise Software Sales', 'Negotiation', 'Account Management', 'Salesforce', 'Business Development',
    'Solution Selling', 'Pipeline Management', 'SaaS', 'Partnerships',
  ],
  marketing: [
    'Digital Marketing', 'Product Marketing', 'Content Marketing', 'Marketing Strategy', 'Search Engine Optimization (SEO)',
    'Brand Management', 'Growth Marketing', 'Social Media Marketing', 'Copywriting', 'Marketing Automation',
  ],
  people: [
    'Recruiting', 'Technical Recruiting', 'Talent Acquisition', 'Employer Branding', 'Human Resources (HR)', 'Employee Relations',
    'Onboarding', 'Sourcing', 'Compensation & Benefits', 'Interviewing',
  ],
  finance: ['Financial Analysis', 'Financial Modeling', 'Budgeting', 'Forecasting', 'Accounting', 'FP&A', 'Excel', 'Corporate Finance', 'IFRS', 'Audit'],
  operations: [
    'Project Management', 'Program Management', 'Process Improvement', 'Operations Management', 'Business Analysis', 'Scrum',
    'Stakeholder Management', 'Change Management', 'Strategic Planning', 'Jira',
  ],
  customer: [
    'Customer Success', 'Customer Experience', 'Account Management', 'Customer Retention', 'Onboarding', 'Technical Support',
    'Zendesk', 'Relationship Building',
  ],
  executive: [
    'Leadership', 'Strategy', 'Start-ups', 'Fundraising', 'Team Building', 'Business Strategy', 'Entrepreneurship',
    'Mergers & Acquisitions', 'Board Relations', 'Public Speaking',
  ],
};

export const SKILLS_BY_INDUSTRY: Partial<Record<Industry, readonly string[]>> = {
  banking: ['Credit Risk', 'Corporate Banking', 'Financial Services', 'Risk Management', 'KYC', 'Anti-Money Laundering (AML)', 'Capital Markets', 'Relationship Management'],
  insurance: ['Underwriting', 'Actuarial Science', 'Claims Management', 'Risk Assessment', 'Insurance Brokerage', 'Reinsurance'],
  consulting: ['Management Consulting', 'Business Strategy', 'Digital Transformation', 'Business Process Improvement', 'Client Relations', 'PowerPoint'],
  healthcare: ['Patient Care', 'Clinical Research', 'Healthcare Management', 'Regulatory Affairs', 'Good Clinical Practice (GCP)', 'Medical Devices'],
  education: ['Teaching', 'Research', 'Curriculum Development', 'Higher Education', 'Academic Writing', 'Public Speaking'],
  'public-sector': ['Public Policy', 'Policy Analysis', 'Government', 'Service Design', 'Public Administration', 'Procurement'],
  retail: ['Retail', 'Merchandising', 'E-commerce', 'Category Management', 'Supply Chain Management', 'Store Operations'],
  manufacturing: ['Lean Manufacturing', 'Six Sigma', 'Process Engineering', 'Quality Management', 'Supply Chain Planning', 'Root Cause Analysis'],
  legal: ['Corporate Law', 'Contract Negotiation', 'Litigation', 'Legal Research', 'Commercial Law', 'Compliance'],
  logistics: ['Logistics Management', 'Supply Chain Management', 'Freight', 'Warehouse Operations', 'Fleet Management', 'Customs Regulations'],
  energy: ['Renewable Energy', 'Electrical Engineering', 'Energy Markets', 'Project Development', 'Health & Safety', 'Power Systems'],
  telecom: ['Telecommunications', 'Network Engineering', 'RF Engineering', 'LTE', '5G', 'Network Operations'],
  media: ['Editing', 'Journalism', 'Content Strategy', 'Video Production', 'Storytelling', 'Copywriting'],
  nonprofit: ['Fundraising', 'Grant Writing', 'Nonprofit Management', 'Program Management', 'Volunteer Management', 'Community Outreach'],
};

/** Title -> family, from the lists the generator picks titles from. */
const FAMILY_OF_TITLE = new Map<string, Family>();
for (const [family, list] of Object.entries(TITLES_BY_FAMILY) as [Family, { titles: readonly string[] }][]) {
  for (const title of list.titles) if (!FAMILY_OF_TITLE.has(title)) FAMILY_OF_TITLE.set(title, family);
}

/** Punctuated and foreign-language titles, read by their words (several languages, as LOCAL_TITLES has them). */
const FAMILY_BY_WORD: readonly [RegExp, Family][] = [
  [/product|produkt|プロダクト|产品/i, 'product'],
  [/engineer|software|developer|programista|entwickler|utvecklare|ingenier|engenheiro|ingegnere|ingénieur|エンジニア|工程师/i, 'engineering'],
  [/data|datos/i, 'data'],
  [/sales|vertrieb|ventas|commercial|comercial|sprzedaży|営業|销售/i, 'sales'],
  [/marketing/i, 'marketing'],
  [/talent|recruit|personal|ressources humaines/i, 'people'],
  [/financ/i, 'finance'],
  [/customer/i, 'customer'],
  [/growth/i, 'marketing'],
  [/proje|projekt|proyecto|mission|adviseur|negócios/i, 'operations'],
  [/direct|direkt|geschäftsführer|generale|partner/i, 'executive'],
];

const LOCAL = new Set(Object.values(LOCAL_TITLES).flat());
const PUNCTUATED = new Set(PUNCTUATED_TITLES);

/**
 * The skills someone with this title at an employer of this industry would be endorsed for, most typical first;
 * [] for a Position that is not a job ("Open to work", "--"), which nobody endorses.
 */
export function skillsForTitle(title: string, industry: Industry | null): readonly string[] {
  const industrySkills = industry ? SKILLS_BY_INDUSTRY[industry] : undefined;
  if (industry && industrySkills && TITLES_BY_INDUSTRY[industry]?.titles.includes(title)) return industrySkills;
  const family = FAMILY_OF_TITLE.get(title);
  if (family) return SKILLS_BY_FAMILY[family];
  if (LOCAL.has(title) || PUNCTUATED.has(title)) {
    for (const [pattern, byWord] of FAMILY_BY_WORD) if (pattern.test(title)) return SKILLS_BY_FAMILY[byWord];
  }
  return [];
}
