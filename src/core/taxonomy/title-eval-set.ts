// A labelled evaluation set of job titles as people really type them, to measure the title classifier honestly.
//
// Labels are what a careful recruiter would say under the conventions at the top of title-rules.ts (a plain title is
// Entry, "X Manager" individual contributors are Senior, Managing Director is VP, founders are Owner, company names
// and "ex-" parts say nothing). They were written from those conventions, not from the classifier's output: a miss
// is a miss. This file holds the functional families; title-eval-set-world.ts holds industries, languages and noise.
import type { EvalRow, LabelledTitle } from './evaluate-titles.ts';
import { WORLD_ROWS } from './title-eval-set-world.ts';

const ENG = 'Engineering';
const IT = 'Information Technology';
const PM = 'Product Management';
const PPM = 'Program and Project Management';
const CSS = 'Customer Success and Support';

const FUNCTIONAL_ROWS: readonly EvalRow[] = [
  ['Software Engineer', 'Entry', ENG], ['Senior Software Engineer', 'Senior', ENG], ['Sr. Software Engineer II', 'Senior', ENG],
  ['Software Engineer III', 'Senior', ENG], ['software engineer ii @ stripe', 'Entry', ENG], ['SWE @ Google', 'Entry', ENG],
  ['Staff Software Engineer', 'Senior', ENG], ['Principal Engineer, Payments', 'Senior', ENG], ['Senior Staff Engineer | Infra', 'Senior', ENG],
  ['Engineering Manager', 'Manager', ENG], ['Sr. Engineering Manager - Growth', 'Manager', ENG], ['Director of Engineering', 'Director', ENG],
  ['Dir. Software Engineering', 'Director', ENG], ['VP, Eng', 'VP', ENG], ['VP of Engineering @ Series B startup 🚀', 'VP', ENG],
  ['SVP Engineering', 'VP', ENG], ['Head of Engineering', 'Director', ENG], ['Frontend Developer', 'Entry', ENG],
  ['Front-End Engineer (React/TypeScript)', 'Entry', ENG], ['Backend Engineer - Go, Kubernetes', 'Entry', ENG], ['Full-Stack Developer', 'Entry', ENG],
  ['Fullstack dev', 'Entry', ENG], ['Jr. Web Developer', 'Entry', ENG], ['Junior Developer', 'Entry', ENG], ['Site Reliability Engineer', 'Entry', ENG],
  ['Senior SRE', 'Senior', ENG], ['DevOps Engineer', 'Entry', ENG], ['Lead DevOps Engineer', 'Senior', ENG], ['Platform Engineer', 'Entry', ENG],
  ['Security Engineer', 'Entry', ENG], ['Mobile Engineer (iOS)', 'Entry', ENG], ['Android developer', 'Entry', ENG], ['iOS Engineer II', 'Entry', ENG],
  ['Solutions Architect', 'Senior', ENG], ['Cloud Architect - AWS', 'Senior', ENG], ['Enterprise Architect', 'Senior', ENG], ['Tech Lead', 'Senior', ENG],
  ['Technical Lead, Checkout', 'Senior', ENG], ['Lead Software Engineer', 'Senior', ENG], ['Software Engineering Intern', 'Training', ENG],
  ['SWE Intern (Summer 2025)', 'Training', ENG], ['Machine Learning Engineer', 'Entry', ENG], ['Sr ML Engineer', 'Senior', ENG],
  ['Data Engineer', 'Entry', ENG], ['Senior Data Engineer', 'Senior', ENG], ['Analytics Engineer', 'Entry', ENG], ['Data Scientist', 'Entry', ENG],
  ['Senior Data Scientist', 'Senior', ENG], ['Lead Data Scientist', 'Senior', ENG], ['Data Analyst', 'Entry', ENG],
  ['Business Intelligence Analyst', 'Entry', ENG], ['BI Developer', 'Entry', ENG], ['Head of Data', 'Director', ENG],
  ['Director of Analytics', 'Director', ENG], ['Chief Data Officer', 'CXO', ENG], ['Embedded Software Engineer', 'Entry', ENG],
  ['Firmware Engineer', 'Entry', ENG], ['Mechanical Engineer', 'Entry', ENG], ['Electrical Engineer', 'Entry', ENG], ['Civil Engineer', 'Entry', ENG],
  ['Process Engineer', 'Entry', ENG], ['Manufacturing Engineer', 'Entry', ENG], ['R&D Engineer', 'Entry', ENG],
  ['Senior Mechanical Design Engineer', 'Senior', ENG], ['Principal Systems Engineer', 'Senior', ENG], ['Developer Advocate', 'Entry', ENG],
  ['Founding Engineer', 'Senior', ENG], ['Distinguished Engineer', 'Senior', ENG], ['Programmer', 'Entry', ENG], ['Game Developer', 'Entry', ENG],
  ['AI Engineer', 'Entry', ENG], ['Software Development Engineer II', 'Entry', ENG], ['SDE 2', 'Entry', ENG],
  ['Senior Software Engineer, Payments Team', 'Senior', ENG], ['Software Engineer (contract)', 'Entry', ENG], ['Engineer', 'Entry', ENG],
  ['CTO', 'CXO', ENG], ['Chief Technology Officer', 'CXO', ENG], ['Cofounder & CTO', 'Owner', ENG], ['Founder/CTO', 'Owner', ENG],
  ['Founder & CTO', 'Owner', ENG], ['Chief Architect', 'Director', ENG], ['Chief Engineer', 'Director', ENG], ['Salesforce Developer', 'Entry', ENG],
  ['Project Engineer', 'Entry', ENG], ['Architect', 'Senior', ENG], ['Landscape Architect', 'Senior', ENG], ['Land Surveyor', 'Entry', ENG],
  ['Partner Solutions Architect', 'Senior', ENG], ['Partner Engineer', 'Entry', ENG],

  ['QA Engineer', 'Entry', 'Quality Assurance'], ['Senior QA Analyst', 'Senior', 'Quality Assurance'], ['Software Test Engineer', 'Entry', 'Quality Assurance'],
  ['SDET', 'Entry', 'Quality Assurance'], ['Test Automation Engineer', 'Entry', 'Quality Assurance'], ['QA Lead', 'Senior', 'Quality Assurance'],
  ['Quality Engineer', 'Entry', 'Quality Assurance'], ['Quality Assurance Manager', 'Manager', 'Quality Assurance'],
  ['Quality Control Inspector', 'Entry', 'Quality Assurance'], ['Head of Quality', 'Director', 'Quality Assurance'],
  ['Software Engineer in Test', 'Entry', 'Quality Assurance'],

  ['IT Support Specialist', 'Entry', IT], ['Help Desk Technician', 'Entry', IT], ['System Administrator', 'Entry', IT],
  ['Sr. Systems Administrator', 'Senior', IT], ['Network Engineer', 'Entry', IT], ['Network Administrator', 'Entry', IT], ['IT Manager', 'Manager', IT],
  ['Director of IT', 'Director', IT], ['CIO', 'CXO', IT], ['Chief Information Officer', 'CXO', IT], ['Chief Information Security Officer', 'CXO', IT],
  ['CISO', 'CXO', IT], ['Cybersecurity Analyst', 'Entry', IT], ['SOC Analyst', 'Entry', IT], ['Desktop Support Engineer', 'Entry', IT],
  ['IT Service Desk Analyst', 'Entry', IT], ['Database Administrator', 'Entry', IT], ['NOC Technician', 'Entry', IT],
  ['Head of IT Infrastructure', 'Director', IT], ['Penetration Tester', 'Entry', IT], ['Head of IT', 'Director', IT], ['IT Director', 'Director', IT],
  ['Salesforce Administrator', 'Entry', IT], ['IT Business Partner', 'Entry', IT],

  ['Product Manager', 'Senior', PM], ['Senior Product Manager', 'Senior', PM], ['Sr. PM', 'Senior', PM], ['Associate Product Manager', 'Entry', PM],
  ['APM', 'Entry', PM], ['Group Product Manager', 'Manager', PM], ['Principal Product Manager', 'Senior', PM], ['Director of Product', 'Director', PM],
  ['Director, Product Management', 'Director', PM], ['VP of Product', 'VP', PM], ['Head of Product', 'Director', PM], ['Product Owner', 'Senior', PM],
  ['Technical Product Manager', 'Senior', PM], ['Product Lead', 'Senior', PM], ['Chief Product Officer', 'CXO', PM], ['CPO', 'CXO', PM],
  ['Product Manager, Connectivity', 'Senior', PM], ['Product Operations Manager', 'Manager', PM], ['Junior Product Manager', 'Entry', PM],
  ['Product Management Intern', 'Training', PM], ['Senior Product Owner', 'Senior', PM], ['Manager, Product Management', 'Manager', PM],
  ['Product Analyst', 'Entry', PM], ['Growth Product Manager', 'Senior', PM], ['Product Owner – Payments Platform', 'Senior', PM],

  ['Product Designer', 'Entry', 'Arts and Design'], ['Senior Product Designer', 'Senior', 'Arts and Design'], ['UX Designer', 'Entry', 'Arts and Design'],
  ['UX/UI Designer', 'Entry', 'Arts and Design'], ['UX Researcher', 'Entry', 'Arts and Design'], ['Design Lead', 'Senior', 'Arts and Design'],
  ['Head of Design', 'Director', 'Arts and Design'], ['Design Director', 'Director', 'Arts and Design'], ['Content Designer', 'Entry', 'Arts and Design'],
  ['Visual Designer', 'Entry', 'Arts and Design'], ['Staff Product Designer', 'Senior', 'Arts and Design'], ['Graphic Designer', 'Entry', 'Arts and Design'],
  ['Freelance Graphic Designer', 'Owner', 'Arts and Design'], ['Art Director', 'Senior', 'Arts and Design'], ['Creative Director', 'Director', 'Arts and Design'],
  ['Illustrator', 'Entry', 'Arts and Design'], ['Interior Designer', 'Entry', 'Arts and Design'], ['Motion Designer', 'Entry', 'Arts and Design'],
  ['Senior UX Researcher', 'Senior', 'Arts and Design'], ['Design Intern', 'Training', 'Arts and Design'],
  ['Associate Creative Director', 'Director', 'Arts and Design'], ['Executive Creative Director', 'Director', 'Arts and Design'],
  ['Senior Art Director', 'Senior', 'Arts and Design'], ['Director of Product Design', 'Director', 'Arts and Design'],
  ['Musician', 'Entry', 'Arts and Design'], ['Actor', 'Entry', 'Arts and Design'],

  ['Account Executive', 'Entry', 'Sales'], ['Senior Account Executive', 'Senior', 'Sales'], ['Enterprise Account Executive', 'Entry', 'Sales'],
  ['Mid-Market AE', 'Entry', 'Sales'], ['Sales Development Representative', 'Entry', 'Sales'], ['SDR', 'Entry', 'Sales'], ['BDR @ HubSpot', 'Entry', 'Sales'],
  ['Business Development Representative', 'Entry', 'Sales'], ['Account Manager', 'Senior', 'Sales'], ['Key Account Manager', 'Senior', 'Sales'],
  ['Strategic Account Manager', 'Senior', 'Sales'], ['Regional Sales Manager', 'Manager', 'Sales'], ['Sales Manager', 'Manager', 'Sales'],
  ['Director of Sales', 'Director', 'Sales'], ['VP, Sales', 'VP', 'Sales'], ['VP Sales EMEA', 'VP', 'Sales'], ['Head of Sales, EMEA', 'Director', 'Sales'],
  ['Chief Revenue Officer', 'CXO', 'Sales'], ['CRO', 'CXO', 'Sales'], ['Sales Engineer', 'Entry', 'Sales'], ['Solutions Engineer', 'Entry', 'Sales'],
  ['Presales Consultant', 'Entry', 'Sales'], ['Inside Sales Representative', 'Entry', 'Sales'], ['Sales Representative', 'Entry', 'Sales'],
  ['Sales Associate', 'Entry', 'Sales'], ['Senior Sales Executive', 'Senior', 'Sales'], ['Sales Director DACH', 'Director', 'Sales'],
  ['Commercial Director', 'Director', 'Sales'], ['Relationship Manager', 'Senior', 'Sales'], ['Territory Manager', 'Senior', 'Sales'],
  ['Store Manager', 'Manager', 'Sales'], ['Assistant Store Manager', 'Manager', 'Sales'], ['Cashier', 'Entry', 'Sales'],
  ['Retail Sales Associate', 'Entry', 'Sales'], ['Insurance Agent', 'Entry', 'Sales'], ['Sales Intern', 'Training', 'Sales'],
  ['Head of Revenue', 'Director', 'Sales'], ['Solutions Consultant', 'Entry', 'Sales'], ['Area Sales Manager', 'Manager', 'Sales'],
  ['Acct Mgr', 'Senior', 'Sales'], ['Sales Mgr.', 'Manager', 'Sales'], ['Dir. of Sales', 'Director', 'Sales'],

  ['Business Development Manager', 'Senior', 'Business Development'], ['Head of Partnerships', 'Director', 'Business Development'],
  ['Partner Manager', 'Senior', 'Business Development'], ['Strategic Partner Manager', 'Senior', 'Business Development'],
  ['Partnerships Lead', 'Senior', 'Business Development'], ['Director, Business Development', 'Director', 'Business Development'],
  ['Senior Business Development Manager', 'Senior', 'Business Development'], ['Channel Partner Manager', 'Senior', 'Business Development'],
  ['Alliances Director', 'Director', 'Business Development'], ['Corporate Development Associate', 'Entry', 'Business Development'],
  ['VP Business Development', 'VP', 'Business Development'], ['Bizdev', 'Entry', 'Business Development'],
  ['Strategic Partner Manager, Apps', 'Senior', 'Business Development'],

  ['Customer Success Manager', 'Senior', CSS], ['Senior Customer Success Manager', 'Senior', CSS], ['Manager, Customer Success', 'Manager', CSS],
  ['Head of Customer Success', 'Director', CSS], ['Director of Customer Experience', 'Director', CSS], ['Support Engineer', 'Entry', CSS],
  ['Technical Support Engineer', 'Entry', CSS], ['Customer Support Specialist', 'Entry', CSS], ['Customer Service Representative', 'Entry', CSS],
  ['Implementation Consultant', 'Entry', CSS], ['Technical Account Manager', 'Senior', CSS], ['CSM', 'Senior', CSS], ['Customer Care Agent', 'Entry', CSS],
  ['Support Team Lead', 'Manager', CSS], ['Client Services Manager', 'Manager', CSS], ['Customer Success Associate', 'Entry', CSS],
  ['VP Customer Success', 'VP', CSS], ['Senior Director, Customer Support', 'Director', CSS], ['Mgr, Customer Support', 'Manager', CSS],
  ['Team Lead, Customer Support', 'Manager', CSS],

  ['Marketing Manager', 'Manager', 'Marketing'], ['Product Marketing Manager', 'Senior', 'Marketing'], ['Senior Product Marketing Manager', 'Senior', 'Marketing'],
  ['PMM', 'Senior', 'Marketing'], ['Content Marketing Manager', 'Senior', 'Marketing'], ['Growth Marketing Manager', 'Senior', 'Marketing'],
  ['Brand Manager', 'Senior', 'Marketing'], ['Marketing Coordinator', 'Entry', 'Marketing'], ['Digital Marketing Specialist', 'Entry', 'Marketing'],
  ['SEO Specialist', 'Entry', 'Marketing'], ['Director, Product Marketing', 'Director', 'Marketing'], ['Director of Marketing', 'Director', 'Marketing'],
  ['VP Marketing', 'VP', 'Marketing'], ['Head of Growth', 'Director', 'Marketing'], ['CMO', 'CXO', 'Marketing'], ['Chief Marketing Officer', 'CXO', 'Marketing'],
  ['Social Media Manager', 'Senior', 'Marketing'], ['Marketing Intern', 'Training', 'Marketing'], ['Performance Marketing Lead', 'Senior', 'Marketing'],
  ['Marketing Executive', 'Entry', 'Marketing'], ['Copywriter', 'Entry', 'Marketing'], ['Senior Copywriter', 'Senior', 'Marketing'],
  ['Community Manager', 'Senior', 'Marketing'], ['E-commerce Manager', 'Manager', 'Marketing'], ['Marketing Assistant', 'Entry', 'Marketing'],
  ['Lifecycle Marketing Manager', 'Senior', 'Marketing'], ['Growth Hacker', 'Entry', 'Marketing'], ['Market Research Analyst', 'Entry', 'Marketing'],
  ['Event Coordinator', 'Entry', 'Marketing'], ['Brand Ambassador', 'Entry', 'Marketing'], ['Partner Marketing Manager', 'Senior', 'Marketing'],
  ['Product Marketing Lead', 'Senior', 'Marketing'], ['Lead Generation Specialist', 'Entry', 'Marketing'], ['Marketing Operations Manager', 'Manager', 'Marketing'],
  ['Sr. Mgr, Marketing Ops', 'Manager', 'Marketing'], ['Vice-President, Marketing', 'VP', 'Marketing'], ['Fractional CMO', 'CXO', 'Marketing'],

  ['Communications Manager', 'Manager', 'Media and Communication'], ['PR Manager', 'Manager', 'Media and Communication'],
  ['Public Relations Specialist', 'Entry', 'Media and Communication'], ['Head of Communications', 'Director', 'Media and Communication'],
  ['Editor', 'Entry', 'Media and Communication'], ['Senior Editor', 'Senior', 'Media and Communication'], ['Managing Editor', 'Manager', 'Media and Communication'],
  ['Editor-in-Chief', 'Director', 'Media and Communication'], ['Journalist', 'Entry', 'Media and Communication'], ['Reporter', 'Entry', 'Media and Communication'],
  ['Producer', 'Entry', 'Media and Communication'], ['Podcast Producer', 'Entry', 'Media and Communication'], ['Video Editor', 'Entry', 'Media and Communication'],
  ['Technical Writer', 'Entry', 'Media and Communication'], ['Content Writer', 'Entry', 'Media and Communication'], ['Translator', 'Entry', 'Media and Communication'],
  ['Head of Content', 'Director', 'Media and Communication'], ['Content Strategist', 'Entry', 'Media and Communication'],
  ['Internal Communications Lead', 'Senior', 'Media and Communication'], ['Press Officer', 'Entry', 'Media and Communication'],
  ['Photographer', 'Entry', 'Media and Communication'], ['Author', 'Entry', 'Media and Communication'],

  ['HR Business Partner', 'Entry', 'Human Resources'], ['Senior HR Business Partner', 'Senior', 'Human Resources'], ['HRBP', 'Entry', 'Human Resources'],
  ['Talent Acquisition Partner', 'Entry', 'Human Resources'], ['Recruiter', 'Entry', 'Human Resources'], ['Technical Recruiter', 'Entry', 'Human Resources'],
  ['Senior Technical Recruiter', 'Senior', 'Human Resources'], ['Talent Acquisition Manager', 'Manager', 'Human Resources'],
  ['Head of Talent Acquisition', 'Director', 'Human Resources'], ['Senior Manager, Talent Acquisition', 'Manager', 'Human Resources'],
  ['People Operations Manager', 'Manager', 'Human Resources'], ['HR Generalist', 'Entry', 'Human Resources'], ['HR Manager', 'Manager', 'Human Resources'],
  ['Director of People', 'Director', 'Human Resources'], ['VP People', 'VP', 'Human Resources'], ['Chief People Officer', 'CXO', 'Human Resources'],
  ['CHRO', 'CXO', 'Human Resources'], ['Learning & Development Manager', 'Manager', 'Human Resources'], ['Compensation Analyst', 'Entry', 'Human Resources'],
  ['Recruiting Coordinator', 'Entry', 'Human Resources'], ['Sourcer', 'Entry', 'Human Resources'], ['People Partner', 'Entry', 'Human Resources'],
  ['Recruitment Consultant', 'Entry', 'Human Resources'], ['HR Assistant', 'Entry', 'Human Resources'], ['Talent Partner @ Sequoia', 'Entry', 'Human Resources'],
  ['Head of People & Culture', 'Director', 'Human Resources'], ['Human Resources Director', 'Director', 'Human Resources'],
  ['Recruiter (contract)', 'Entry', 'Human Resources'], ['Technical Recruiter - Engineering Hiring', 'Entry', 'Human Resources'],
  ['Engineering Recruiter', 'Entry', 'Human Resources'], ['IT Recruiter', 'Entry', 'Human Resources'], ['Finance Recruiter', 'Entry', 'Human Resources'],
  ['Sales Recruiter', 'Entry', 'Human Resources'], ['Talent Partner', 'Entry', 'Human Resources'], ['People Business Partner', 'Entry', 'Human Resources'],
  ['HR Business Partner (EMEA)', 'Entry', 'Human Resources'], ['Jr. Recruiter', 'Entry', 'Human Resources'],
];

/** Every labelled title: at least 400, all distinct. */
export const TITLE_EVAL_SET: readonly LabelledTitle[] = [...FUNCTIONAL_ROWS, ...WORLD_ROWS].map(([title, seniority, jobFunction]) => ({
  title,
  seniority,
  function: jobFunction,
}));
