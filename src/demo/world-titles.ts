// Job titles as members really type them: by function and seniority, per industry, with the classic traps.
//
// "Title*N" gives a title N times the weight of an unstarred one, so common titles dominate as they do in
// real exports. The traps are deliberate: the taxonomy must not read "HR Business Partner" as a partner,
// "Chief of Staff" as a CXO or "Senior Product Manager" as a manager of people.
import type { Industry } from './world-companies.ts';

export type Family =
  | 'engineering' | 'product' | 'design' | 'data' | 'sales' | 'marketing' | 'people' | 'finance' | 'operations'
  | 'customer' | 'executive';

export interface WeightedTitles {
  titles: readonly string[];
  weights: readonly number[];
}

function weighted(text: string): WeightedTitles {
  const titles: string[] = [];
  const weights: number[] = [];
  for (const entry of text.split(';')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const star = trimmed.lastIndexOf('*');
    titles.push(star < 0 ? trimmed : trimmed.slice(0, star));
    weights.push(star < 0 ? 1 : Number(trimmed.slice(star + 1)));
  }
  return { titles, weights };
}

export const TITLES_BY_FAMILY: Record<Family, WeightedTitles> = {
  engineering: weighted(`Software Engineer*8; Senior Software Engineer*8; Sr. Software Engineer II*2; Software Engineer III*2;
    Staff Engineer*3; Principal Engineer*2; Senior Staff Engineer; Engineering Manager*4; Senior Engineering Manager*2;
    Director of Engineering*2; VP, Engineering; VP Engineering; Head of Engineering; Frontend Engineer*3; Backend Engineer*3;
    Full Stack Developer*3; Site Reliability Engineer*2; DevOps Engineer*2; Platform Engineer*2; Security Engineer*2;
    QA Engineer; Mobile Engineer (iOS); Android Developer; Solutions Architect*2; Tech Lead*3; Lead Software Engineer*2;
    Software Engineering Intern; Junior Developer; Engineer, Platform "Core"; Developer Advocate; Cloud Architect`),
  product: weighted(`Product Manager*6; Senior Product Manager*6; Associate Product Manager*2; Group Product Manager*2;
    Principal Product Manager*2; Director of Product*2; Director, Product Management; VP of Product; Head of Product*2;
    Product Owner*4; Technical Product Manager*2; Product Lead; Chief Product Officer; Product Operations Manager`),
  design: weighted(`Product Designer*5; Senior Product Designer*4; UX Designer*3; UX Researcher*3; Design Lead*2;
    Head of Design; Design Director; Content Designer; Visual Designer; Staff Product Designer`),
  data: weighted(`Data Scientist*5; Senior Data Scientist*4; Data Analyst*5; Data Engineer*4; Senior Data Engineer*3;
    Analytics Engineer*2; Machine Learning Engineer*3; Head of Data*2; Director of Analytics; Business Intelligence Analyst*2;
    Lead Data Scientist; Research Scientist; Chief Data Officer`),
  sales: weighted(`Account Executive*6; Senior Account Executive*3; Enterprise Account Executive*3; Sales Development Representative*4;
    Business Development Representative*2; Account Manager*4; Key Account Manager*2; Regional Sales Manager*2; Sales Manager*2;
    Director of Sales*2; VP, Sales; VP of Sales; Head of Partnerships; Business Development Manager*3; Sales Engineer*2;
    Chief Revenue Officer; Partner Manager`),
  marketing: weighted(`Marketing Manager*4; Product Marketing Manager*4; Senior Product Marketing Manager*2; Content Marketing Manager*2;
    Growth Marketing Manager*2; Brand Manager*2; Marketing Coordinator*2; Digital Marketing Specialist*2; SEO Specialist;
    Director, Product Marketing; Director of Marketing*2; VP Marketing; Head of Growth; Chief Marketing Officer; Communications Manager*2;
    Social Media Manager; Marketing Intern`),
  people: weighted(`HR Business Partner*4; Senior HR Business Partner*2; Recruiter*4; Technical Recruiter*4; Senior Technical Recruiter*2;
    Talent Acquisition Partner*3; Talent Acquisition Manager*2; Head of Talent Acquisition*2; Senior Manager, Talent Acquisition;
    People Operations Manager*2; HR Generalist*2; HR Manager*2; Director of People; VP People; Chief People Officer;
    Learning & Development Manager; Compensation Analyst; Recruiting Coordinator*2; Sourcer`),
  finance: weighted(`Financial Analyst*4; Senior Financial Analyst*3; FP&A Manager*2; Controller*2; Accountant*3; Senior Accountant*2;
    Finance Manager*2; Director of Finance; VP Finance; Chief Financial Officer; Treasury Analyst; Tax Manager; Internal Auditor;
    Accounts Payable Specialist; Finance Business Partner*2`),
  operations: weighted(`Operations Manager*4; Program Manager*4; Senior Program Manager*2; Project Manager*5; Technical Program Manager*3;
    Business Analyst*4; Operations Analyst*2; Chief of Staff*2; Director of Operations*2; VP Operations; Chief Operating Officer;
    Strategy & Operations Lead*2; Procurement Manager; Office Manager; Executive Assistant*2; Scrum Master*2; Agile Coach`),
  customer: weighted(`Customer Success Manager*5; Senior Customer Success Manager*2; Manager, Customer Success*2; Support Engineer*3;
    Customer Support Specialist*3; Head of Customer Success; Director of Customer Experience; Implementation Consultant*2;
    Technical Account Manager*2; Community Manager`),
  executive: weighted(`Founder*3; Co-Founder*3; Founder & CEO*2; Founder & CTO*2; CEO*2; Chief Executive Officer; CTO*2;
    Chief Technology Officer; COO; Managing Director*2; General Manager*2; President; Owner*2; Board Member; Advisor*2;
    Partner*2; Entrepreneur in Residence; Venture Partner`),
};

/** Titles specific to an industry, used for part of its employees on top of the functional mix. */
export const TITLES_BY_INDUSTRY: Partial<Record<Industry, WeightedTitles>> = {
  banking: weighted(`Analyst*5; Associate*5; Assistant Vice President*3; AVP, Credit Risk*2; Vice President*4; VP, Corporate Banking*2;
    Director*2; Executive Director*2; Managing Director*2; Relationship Manager*4; Senior Relationship Manager*2; Credit Analyst*3;
    Risk Manager*2; Compliance Officer*2; Branch Manager*2; Portfolio Manager*2; Investment Banking Analyst*2; Quantitative Analyst*2;
    Teller; KYC Analyst*2; Head of Treasury Operations`),
  insurance: weighted(`Underwriter*4; Senior Underwriter*2; Actuary*3; Actuarial Analyst*2; Claims Adjuster*3; Claims Manager*2;
    Risk Analyst*2; Broker*2; Head of Underwriting; Chief Actuary`),
  consulting: weighted(`Consultant*6; Senior Consultant*5; Manager*3; Senior Manager*3; Principal*2; Partner*3; Associate Partner*2;
    Engagement Manager*2; Business Analyst*3; Associate*3; Managing Partner; Director, Strategy & Transformation; Analyst*3`),
  healthcare: weighted(`Registered Nurse*5; Nurse Practitioner*2; Physician*3; Attending Physician*2; Clinical Research Coordinator*3;
    Medical Director; Pharmacist*2; Clinical Data Manager*2; Head of Clinical Operations; Lab Technician*2; Physiotherapist*2;
    Regulatory Affairs Manager*2; Medical Science Liaison*2; Hospital Administrator; Chief Medical Officer`),
  education: weighted(`Professor*3; Associate Professor*3; Assistant Professor*3; Lecturer*3; Senior Lecturer*2; Research Fellow*3;
    Postdoctoral Researcher*3; PhD Candidate*4; Teaching Assistant*2; Dean of Engineering; Head of Department; Research Assistant*2;
    Career Services Advisor*2; Admissions Officer; Student*3; Graduate Student*2`),
  'public-sector': weighted(`Policy Advisor*4; Senior Policy Advisor*2; Program Analyst*3; Deputy Director*2; Director General;
    Case Worker*2; Civil Servant*2; Digital Transformation Lead*2; Project Officer*3; Chief Information Officer; Statistician*2;
    Procurement Officer*2; Inspector; Head of Service Design`),
  retail: weighted(`Store Manager*4; Assistant Store Manager*2; Category Manager*3; Buyer*3; Senior Buyer*2; Merchandiser*2;
    E-commerce Manager*3; Supply Chain Analyst*2; Visual Merchandiser; District Manager*2; Head of E-commerce; Sales Associate*2`),
  manufacturing: weighted(`Process Engineer*4; Quality Engineer*3; Plant Manager*2; Production Supervisor*3; Mechanical Engineer*4;
    Supply Chain Planner*3; Manufacturing Engineer*3; Maintenance Technician*2; Head of Procurement; Operations Director;
    Lean Six Sigma Black Belt; Health & Safety Manager*2; R&D Engineer*2`),
  legal: weighted(`Associate*4; Senior Associate*3; Partner*3; Counsel*2; Paralegal*3; Legal Counsel*2; General Counsel;
    Trainee Solicitor*2; Legal Operations Manager; Of Counsel`),
  logistics: weighted(`Logistics Coordinator*4; Fleet Manager*2; Warehouse Manager*3; Supply Chain Manager*3; Freight Broker*2;
    Dispatcher*2; Head of Logistics; Customs Specialist*2`),
  energy: weighted(`Energy Analyst*3; Electrical Engineer*4; Project Developer*2; Grid Operations Engineer*2; HSE Manager*2;
    Head of Renewables; Field Service Engineer*3; Commercial Manager*2`),
  telecom: weighted(`Network Engineer*5; RF Engineer*2; NOC Technician*2; Product Manager, Connectivity*2; Head of Network Operations;
    Solutions Engineer*2; Field Technician*2`),
  media: weighted(`Editor*3; Senior Editor*2; Journalist*3; Producer*3; Copywriter*2; Art Director*2; Managing Editor; Video Editor*2;
    Head of Content*2; Podcast Producer`),
  nonprofit: weighted(`Program Coordinator*3; Program Director*2; Development Officer*2; Grants Manager*2; Volunteer Coordinator*2;
    Executive Director*2; Fundraising Manager*2; Community Organizer`),
};

/** Which functions an industry employs, relative weights; anything missing uses the default mix. */
export const FAMILY_MIX: Partial<Record<Industry | 'default', Partial<Record<Family, number>>>> = {
  default: { engineering: 6, product: 2, design: 1, data: 2, sales: 4, marketing: 3, people: 2, finance: 3, operations: 4, customer: 2, executive: 1 },
  software: { engineering: 14, product: 5, design: 3, data: 3, sales: 5, marketing: 3, people: 2, finance: 1, operations: 3, customer: 3, executive: 1 },
  fintech: { engineering: 10, product: 5, design: 2, data: 4, sales: 3, marketing: 2, people: 2, finance: 4, operations: 3, customer: 2, executive: 1 },
  consulting: { engineering: 2, product: 1, data: 3, sales: 2, marketing: 1, people: 2, finance: 2, operations: 3, executive: 1 },
  education: { engineering: 1, data: 2, marketing: 1, people: 1, finance: 1, operations: 2 },
  'public-sector': { engineering: 3, product: 1, design: 1, data: 2, people: 2, finance: 2, operations: 4 },
};

/** Share of an industry's employees who carry an industry-specific title rather than a functional one. */
export const INDUSTRY_TITLE_SHARE: Partial<Record<Industry, number>> = {
  banking: 0.55, insurance: 0.45, consulting: 0.6, healthcare: 0.65, education: 0.75, 'public-sector': 0.55, retail: 0.45,
  manufacturing: 0.55, legal: 0.7, logistics: 0.5, energy: 0.5, telecom: 0.4, media: 0.6, nonprofit: 0.6,
};

/** Titles with commas or quotes, sprinkled in so CSV quoting is exercised on every generated file. */
export const PUNCTUATED_TITLES: readonly string[] = [
  'VP, Engineering', 'Director, Product Marketing', 'Manager, Customer Success', 'Senior Manager, Talent Acquisition',
  'Head of Sales, EMEA', 'Partner, Financial Services', 'Lead, Growth & Lifecycle', 'Software Engineer, "Payments" Team',
];

/** Titles in the member's own language, keyed by name culture (members abroad often keep them). */
export const LOCAL_TITLES: Record<string, readonly string[]> = {
  french: ['Directeur Commercial', 'Chef de Projet', 'Ingénieur Logiciel', 'Responsable Marketing', 'Directrice des Ressources Humaines', 'Chargée de Mission'],
  german: ['Geschäftsführer', 'Softwareentwickler', 'Vertriebsleiter', 'Projektleiterin', 'Leiter Personal', 'Werkstudent'],
  hispanic: ['Gerente de Ventas', 'Ingeniero de Software', 'Directora de Marketing', 'Jefe de Proyecto', 'Analista de Datos'],
  brazilian: ['Gerente de Projetos', 'Engenheiro de Software', 'Analista de Negócios', 'Diretora Comercial'],
  italian: ['Responsabile Commerciale', 'Ingegnere del Software', 'Direttore Generale'],
  dutch: ['Directeur', 'Projectleider', 'Adviseur'],
  polish: ['Kierownik Projektu', 'Programista', 'Dyrektor Sprzedaży'],
  nordic: ['Verkställande direktör', 'Utvecklare', 'Projektledare'],
  japanese: ['ソフトウェアエンジニア', 'プロダクトマネージャー', '営業部長'],
  chinese: ['软件工程师', '产品经理', '销售总监'],
};

/** Things members put in the Position field that are not titles at all. */
export const NON_TITLES: readonly string[] = [
  'Open to work', 'Seeking new opportunities', 'Looking for my next challenge', 'Student', '--', 'Retired',
];
