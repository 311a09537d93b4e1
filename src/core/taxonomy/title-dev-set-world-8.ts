// An eleventh development set (issue #17, round 2), written after the world-7 rules and labelled from
// docs/title-labelling.md before the classifier ran on it: the honest estimate of how far those rules reach office and
// professional titles their author had not written yet — the same breadth as world-7 (finance, law, HR, procurement,
// logistics, marketing, media, research, academia, public sector, NGOs, clergy, sport, arts, hotel management, tech in
// other languages, abbreviations, noisy titles, misspellings). Titles that fold to a held-out or another development
// title were dropped unseen (by index, from counts only).
import type { EvalRow, LabelledTitle } from './evaluate-titles.ts';
import { ACC, ADM, ART, BD, SOC, CON, EDU, ENG, ENT, FIN, HC, HR, IT, LEG, MKT, MED, MIL, OPS, PM, PPM, PUR, QA, RE, RES, SAL, CSS, UNK } from './function-abbreviations.ts';

const ROWS: readonly EvalRow[] = [
  // Finance, accounting and insurance
  ['Sr. Mgr, Corporate Tax', 'Manager', ACC], ['AVP – Liquidity Risk', 'Senior', FIN], ['SVP Commercial Lending', 'VP', FIN], ['Dir., Financial Reporting', 'Director', ACC],
  ['Asset Servicing Analyst', 'Entry', FIN], ['Credit Card Fraud Analyst', 'Entry', FIN], ['Retirement Plan Consultant', 'Entry', FIN], ['Branch Banker II', 'Entry', FIN],
  ['Escrow Officer', 'Entry', FIN], ['Reinsurance Broker', 'Entry', FIN], ['Premium Auditor', 'Entry', ACC], ['GL Accountant', 'Entry', ACC],
  ['Controlling-Spezialistin', 'Entry', ACC],
  ['Auditrice interne', 'Entry', ACC], ['Analista de tesorería', 'Entry', FIN], ['Auxiliar de facturación', 'Entry', ACC],
  ['Gerente financeiro', 'Manager', FIN], ['Addetta amministrazione e contabilità', 'Entry', ACC], ['Fiscalist', 'Entry', ACC],
  ['Kontroler finansowy', 'Manager', ACC], ['Taloushallinnon asiantuntija', 'Entry', ACC], ['Finans Müdürü', 'Manager', FIN],
  // Legal
  ['Assoc. General Counsel', 'Director', LEG], ['Legal Analyst – Contracts', 'Entry', LEG], ['Claims Attorney', 'Entry', LEG],
  ['Staatsanwältin', 'Entry', LEG], ['Justiziarin', 'Entry', LEG],
  ['Fiscal (Ministerio Público)', 'Entry', LEG], ['Promotor de justiça', 'Entry', LEG], ['Kandidaat-notaris', 'Training', LEG],
  ['Prokurator', 'Entry', LEG], ['Åklagare', 'Entry', LEG], ['Savcı', 'Entry', LEG],
  // HR and recruiting
  ['Sr. TA Partner', 'Senior', HR], ['HRBP, Sales', 'Entry', HR], ['Talent Development Mgr.', 'Manager', HR],
  ['Global Mobility Specialist', 'Entry', HR], ['HR Coordinator | Open to Work', 'Entry', HR], ['Leiterin Recruiting', 'Director', HR],
  ['Técnico de RRHH', 'Entry', HR], ['Consultora de recrutamento', 'Entry', HR],
  ['Selezionatrice', 'Entry', HR],
  // Procurement, logistics, operations
  ['Commodity Manager – Electronics', 'Senior', PUR], ['Procurement Specialist (Capex)', 'Entry', PUR],
  ['Comprador sênior', 'Senior', PUR],
  ['Specjalista ds. zaopatrzenia', 'Entry', PUR],
  ['Logistics Mgr.', 'Manager', OPS], ['Supply Planner II', 'Entry', OPS], ['Ocean Freight Coordinator', 'Entry', OPS], ['Customs Compliance Specialist', 'Entry', LEG],
  ['Lagerlogistikleiter', 'Director', OPS], ['Chef de quai', 'Manager', OPS], ['Responsable supply chain', 'Manager', OPS], ['Jefa de tráfico', 'Manager', OPS],
  ['Coordenador de expedição', 'Entry', OPS], ['Transportplanner', 'Entry', OPS], ['Kierownik logistyki', 'Manager', OPS],
  // Marketing, media and communication
  ['Sr. Brand Mgr', 'Senior', MKT], ['Marketing Exec – Events', 'Entry', MKT], ['SEO Copywriter', 'Entry', MKT],
  ['Affiliate Marketing Manager', 'Manager', MKT], ['Marketingassistentin', 'Entry', MKT], ['Jefa de marketing', 'Manager', MKT],
  ['Responsabile marketing', 'Manager', MKT],
  ['Comms & Engagement Officer', 'Entry', MED], ['Senior Editor, Books', 'Senior', MED], ['Newsletter Writer', 'Entry', MED],
  ['Pressereferentin', 'Entry', MED], ['Chargée de relations presse', 'Entry', MED], ['Reportera gráfica', 'Entry', MED],
  ['Assessor de imprensa', 'Entry', MED], ['Addetto stampa', 'Entry', MED], ['Pressansvarig', 'Entry', MED],
  // Research and academia
  ['Research Associate II', 'Entry', RES], ['Principal Scientist, Formulation', 'Senior', RES], ['Visiting Researcher', 'Entry', RES], ['Economics PhD Candidate', 'Training', RES],
  ['Associate Professor of Sociology', 'Senior', EDU], ['Instructor of English', 'Entry', EDU], ['Academic Tutor', 'Entry', EDU], ['Wissenschaftlicher Mitarbeiter (Postdoc)', 'Entry', RES],
  ['Chargé d’enseignement', 'Entry', EDU], ['Profesor ayudante doctor', 'Entry', EDU],
  ['Universitetslektor', 'Entry', EDU],
  // Public sector and NGOs
  ['Policy Lead, DfE', 'Senior', RES], ['Senior Policy Officer', 'Senior', RES], ['Procurement Officer, County Council', 'Entry', PUR],
  ['Sachbearbeiter Ordnungsamt', 'Entry', ADM], ['Administrativa en ayuntamiento', 'Entry', ADM],
  ['Técnico do seguro social', 'Entry', ADM], ['Impiegata comunale', 'Entry', ADM], ['Specjalista w urzędzie', 'Entry', ADM],
  ['Programme Coordinator – Refugee Support', 'Entry', PPM], ['Fundraising Officer', 'Entry', SOC], ['Partnerships Officer (Charity)', 'Entry', BD], ['NGO Project Officer', 'Entry', PPM],
  ['Spendenreferentin', 'Entry', SOC],
  // Religious, sport, arts
  ['Parish Administrator', 'Entry', ADM], ['Chaplaincy Coordinator', 'Entry', SOC], ['Ordained Minister', 'Entry', SOC], ['Evangelist', 'Entry', SOC], ['Pfarrvikar', 'Entry', SOC],
  ['Pasteure', 'Entry', SOC], ['Diácono', 'Entry', SOC], ['Sacerdotessa', 'Entry', SOC],
  ['Tennis Instructor', 'Entry', EDU], ['Dance Teacher', 'Entry', EDU], ['Yogalehrerin', 'Entry', EDU], ['Professeur de danse', 'Entry', EDU], ['Profesora de yoga', 'Entry', EDU],
  ['Insegnante di pilates', 'Entry', EDU], ['Personal Trainer & Nutrition Coach', 'Entry', HC],
  ['Set Decorator', 'Entry', ART], ['Puppeteer', 'Entry', ART], ['Makeup Artist – Film & TV', 'Entry', ART],
  ['Kostümbildnerin', 'Entry', ART], ['Chanteuse lyrique', 'Entry', ART], ['Actor de doblaje', 'Entry', ART], ['Ballerino', 'Entry', ART],
  // Hospitality management
  ['Hotel Operations Manager', 'Manager', OPS], ['Assistant Hotel Manager', 'Manager', OPS], ['Catering Manager', 'Manager', OPS],
  ['Directeur de l’hébergement', 'Director', OPS],
  ['Responsabile ricevimento', 'Manager', OPS], ['Horecamanager', 'Manager', OPS],
  // Tech in other languages
  ['Développeur mobile', 'Entry', ENG],
  ['Ohjelmistotestaaja', 'Entry', QA], ['Veri Analisti', 'Entry', ENG], ['Vývojář webových aplikací', 'Entry', ENG],
  ['Adatelemző', 'Entry', ENG], ['Kỹ sư dữ liệu', 'Entry', ENG], ['Programador web', 'Entry', ENG],
  // Executives, abbreviations, noise, misspellings
  ['VP Eng., Infra', 'VP', ENG], ['SVP Ops', 'VP', OPS], ['GM – Retail Stores', 'Director', SAL], ['Assoc. Product Manager', 'Entry', PM],
  ['Founder & CEO | Mentor | Speaker', 'Owner', ENT], ['CEO 🚀 Building the future of fintech', 'CXO', ENT], ['Owner – Boutique Bakery', 'Owner', ENT],
  ['Self-employed Bookkeeper', 'Owner', ACC], ['Freelance Translator (FR>EN)', 'Owner', MED], ['Proprietária', 'Owner', ENT],
  ['senior hr advisor', 'Senior', HR],
  ['Accountant | Open to Work', 'Entry', ACC], ['Data Analyst 📊 | SQL | Python', 'Entry', ENG], ['Paralegal / Office Assistant', 'Entry', LEG],
  ['Marketing/Comms Coordinator', 'Entry', MKT], ['Recruiter - Tech & Product', 'Entry', HR], ['Analyst at Goldman Sachs', 'Entry', UNK], ['Teacher @ Ark Schools', 'Entry', EDU],
  ['Acountant Assistant', 'Entry', ACC], ['Markting Executive', 'Entry', MKT], ['Adminstration Officer', 'Entry', ADM], ['Psycologist', 'Entry', HC], ['Engeneer', 'Entry', ENG],
  ['Recepcionist', 'Entry', ADM], ['Managment Trainee', 'Training', UNK], ['Photografer', 'Entry', MED],
  // Consulting, sales, BD, real estate, support, PM, QA, admin, education
  ['Associate Consultant II', 'Entry', CON], ['IT-Beraterin', 'Entry', CON],
  ['Senior Sales Exec', 'Senior', SAL], ['Kundenberater im Vertrieb', 'Entry', SAL], ['Technico-commercial', 'Entry', SAL],
  ['Accountmanager binnendienst', 'Senior', SAL],
  ['BD Manager – APAC', 'Manager', BD], ['Partner Development Rep', 'Entry', BD], ['Property Negotiator', 'Entry', RE],
  ['Corretor imobiliário', 'Entry', RE],
  ['Chargé de clientèle', 'Entry', CSS], ['Agente de atención telefónica', 'Entry', CSS],
  ['Analista de testes', 'Entry', QA], ['Admin Assistant – Finance Team', 'Entry', ADM],
  ['Secrétaire administrative', 'Entry', ADM],
  ['Lehrerin für Mathematik', 'Entry', EDU], ['Profesor de inglés', 'Entry', EDU],
  ['Insegnante di matematica', 'Entry', EDU],
];

export const TITLE_DEV_SET_WORLD_8: readonly LabelledTitle[] = ROWS.map(([title, seniority, jobFunction]) => ({ title, seniority, function: jobFunction }));
