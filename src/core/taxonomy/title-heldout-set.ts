// The held-out title set: synthetic titles written for this set, labelled from LinkedIn's definitions
// (docs/title-labelling.md) before the classifier was ever run on them, and disjoint from every development set after
// normalisation (title-heldout.test.ts enforces it). Only its aggregate accuracy may be looked at: never study its
// individual misses, never add rules for its titles, never edit a label to agree with the classifier.
import type { EvalRow, LabelledTitle } from './evaluate-titles.ts';

const ACC = 'Accounting';
const ADM = 'Administrative';
const ART = 'Arts and Design';
const BD = 'Business Development';
const SOC = 'Community and Social Services';
const CON = 'Consulting';
const EDU = 'Education';
const ENG = 'Engineering';
const ENT = 'Entrepreneurship';
const FIN = 'Finance';
const HC = 'Healthcare Services';
const HR = 'Human Resources';
const IT = 'Information Technology';
const LEG = 'Legal';
const MKT = 'Marketing';
const MED = 'Media and Communication';
const MIL = 'Military and Protective Services';
const OPS = 'Operations';
const PM = 'Product Management';
const PPM = 'Program and Project Management';
const PUR = 'Purchasing';
const QA = 'Quality Assurance';
const RE = 'Real Estate';
const RES = 'Research';
const SAL = 'Sales';
const CSS = 'Customer Success and Support';
const UNK = 'Unknown';

const ROWS: readonly EvalRow[] = [
  // Software and data
  ['Senior Backend Engineer (Kotlin)', 'Senior', ENG], ['Software Developer II', 'Entry', ENG],
  ['Sr. Staff Software Engineer, Ads Infrastructure', 'Senior', ENG], ['Principal Software Architect', 'Senior', ENG],
  ['Lead iOS Developer', 'Senior', ENG], ['React Native Developer', 'Entry', ENG], ['Junior Python Developer', 'Entry', ENG],
  ['Software Engineering Manager, Identity', 'Manager', ENG],
  ['Senior Director, Platform Engineering', 'Director', ENG], ['Head of Cloud Infrastructure', 'Director', ENG],
  ['Machine Learning Researcher', 'Entry', RES], ['MLOps Engineer', 'Entry', ENG], ['Computer Vision Engineer', 'Entry', ENG],
  ['Embedded Systems Developer', 'Entry', ENG], ['Blockchain Developer', 'Entry', ENG], ['Game Programmer', 'Entry', ENG],
  ['Unity Developer', 'Entry', ENG], ['Senior .NET Developer', 'Senior', ENG],
  ['C++ Software Engineer', 'Entry', ENG], ['Frontend Engineer II', 'Entry', ENG], ['Software Engineer IV', 'Senior', ENG],
  ['Distinguished Architect', 'Senior', ENG], ['Director, Data Engineering', 'Director', ENG], ['Data Platform Lead', 'Senior', ENG],
  ['Analytics Manager', 'Manager', ENG], ['Junior Data Analyst', 'Entry', ENG], ['Senior Analytics Engineer', 'Senior', ENG],
  ['Head of AI', 'Director', ENG], ['Chief AI Officer', 'CXO', ENG], ['Cloud Engineer (Azure)', 'Entry', ENG],
  ['Platform Reliability Engineer', 'Entry', ENG], ['Software Engineer, Backend - Payments', 'Entry', ENG],
  ['Senior Software Engineer (Remote)', 'Senior', ENG], ['Sr SWE', 'Senior', ENG], ['SDE III', 'Senior', ENG],
  ['Jr. Full Stack Engineer', 'Entry', ENG], ['Engineering Lead', 'Senior', ENG], ['Staff Data Scientist', 'Senior', ENG],
  ['Self-taught developer', 'Entry', ENG], ['Sftwr Engnr', 'Entry', ENG], ['Sofware Engineer', 'Entry', ENG], ['Enginner', 'Entry', ENG],
  ['SOFTWARE ENGINEER | PYTHON | AWS', 'Entry', ENG], ['Principal Eng.', 'Senior', ENG], ['Executive Director, Technology', 'Director', ENG],
  ['Engineering Supervisor', 'Manager', ENG],
  // Other engineering
  ['Petroleum Engineer', 'Entry', ENG], ['Chemical Engineer', 'Entry', ENG], ['Structural Engineer', 'Entry', ENG],
  ['Aerospace Engineer', 'Entry', ENG], ['Senior Electrical Design Engineer', 'Senior', ENG], ['Biomedical Engineer', 'Entry', ENG],
  ['Environmental Engineer', 'Entry', ENG], ['Robotics Engineer', 'Entry', ENG], ['CAD Drafter', 'Entry', ENG],
  ['Hardware Engineer', 'Entry', ENG], ['RF Engineer', 'Entry', ENG],
  // Information technology
  ['IT Help Desk Analyst', 'Entry', IT], ['Systems Administrator (Linux)', 'Entry', IT], ['Senior Network Administrator', 'Senior', IT],
  ['IT Operations Manager', 'Manager', IT], ['Director of Information Technology', 'Director', IT], 
  ['Information Security Manager', 'Manager', IT],
  ['Desktop Support Technician', 'Entry', IT], ['IT Technician', 'Entry', IT], ['Service Desk Team Lead', 'Manager', IT],
  ['Microsoft 365 Administrator', 'Entry', IT], ['IT Support Engineer', 'Entry', IT], ['Network Operations Center Technician', 'Entry', IT],
  ['Cloud Administrator', 'Entry', IT], ['IT Asset Coordinator', 'Entry', IT], ['ERP Systems Analyst', 'Entry', IT],
  ['Systemadministrator', 'Entry', IT], ['Fachinformatiker für Systemintegration', 'Entry', IT], ['Technicien support informatique', 'Entry', IT],
  ['Técnico de sistemas', 'Entry', IT], ['IT Security Analyst', 'Entry', IT], ['VP, Information Security', 'VP', IT],
  ['IT', 'Entry', IT], ['IT-Leiter', 'Director', IT], ["Directeur des systèmes d'information", 'Director', IT],
  ['Analista de sistemas', 'Entry', IT], ['Técnico de soporte informático', 'Entry', IT],
  // Quality assurance
  ['QA Automation Engineer', 'Entry', QA], ['Senior Software Tester', 'Senior', QA], ['Manual Tester', 'Entry', QA],
  ['Quality Assurance Lead', 'Senior', QA], ['QA Manager', 'Manager', QA], 
  ['Quality Inspector', 'Entry', QA], ['Quality Control Technician', 'Entry', QA], ['Supplier Quality Engineer', 'Entry', QA],
  ['Qualitätsmanager', 'Manager', QA], ['Ingénieur qualité', 'Entry', QA], ['Test Lead', 'Senior', QA],
  ['Quality Assurance Specialist', 'Entry', QA],
  // Product
  ['Senior Product Manager, Growth', 'Senior', PM], 
  ['Director of Product Management', 'Director', PM], ['Head of Product, Mobile', 'Director', PM],
  ['Product Owner – Payments', 'Senior', PM], 
  ['Junior Product Owner', 'Entry', PM], ['Produktmanager', 'Senior', PM], ['Chef de produit senior', 'Senior', PM],
  ['Senior Product Analyst', 'Senior', PM], ['Fractional Head of Product', 'Director', PM],
  // Programmes and projects
  ['Senior Project Manager – Construction', 'Senior', PPM], ['Junior Project Manager', 'Entry', PPM],
  ['Programme Manager, Digital Transformation', 'Senior', PPM], ['PMO Analyst', 'Entry', PPM],
  ['Director, Program Management', 'Director', PPM], ['Head of Delivery', 'Director', PPM], ['Senior Technical Program Manager', 'Senior', PPM],
  ['Projektleiter Bau', 'Senior', PPM], ['Projektmanagerin', 'Senior', PPM], ['Jefe de proyectos TI', 'Senior', PPM],
  ['Gestor de proyectos', 'Senior', PPM], ['Certified Scrum Master (CSM)', 'Entry', PPM], ['Senior Projectleider', 'Senior', PPM],
  ['Project Management Officer', 'Entry', PPM], ['Proj. Mgr.', 'Senior', PPM], ["ZZP'er – Interim Projectmanager", 'Owner', PPM],
  // Human resources
  ['Talent Acquisition Specialist', 'Entry', HR], 
  ['HR Manager DACH', 'Manager', HR], ['Senior People Partner', 'Senior', HR],
  ['VP, Human Resources', 'VP', HR], ['Compensation & Benefits Manager', 'Manager', HR],
  ['Senior HRBP', 'Senior', HR], ['Personalsachbearbeiterin', 'Entry', HR],
  ['Chargée de recrutement', 'Entry', HR], ['Técnico de Recursos Humanos', 'Entry', HR],
  ['Recruitment Team Lead', 'Manager', HR], ['Talent Sourcer', 'Entry', HR], ['Employee Relations Advisor', 'Entry', HR],
  ['Executive Search Consultant', 'Entry', HR], ['Snr. Recruiter', 'Senior', HR], ['HR Coord.', 'Entry', HR],
  ['Recuiter', 'Entry', HR], ['★ Senior Recruiter ★', 'Senior', HR], ['HR', 'Entry', HR], ['Personalleiterin', 'Director', HR],
  ['Jefa de recursos humanos', 'Manager', HR], ['Analista de RH', 'Entry', HR],
  ['HR-adviseur', 'Entry', HR],
  // Sales
  ['Senior Account Executive, Mid-Market', 'Senior', SAL],
  ['Sales Development Rep (SDR)', 'Entry', SAL], 
  ['National Sales Director', 'Director', SAL], ['VP of Sales, North America', 'VP', SAL],
  ['Key Account Manager Retail', 'Senior', SAL], ['Medical Sales Representative', 'Entry', SAL], ['Pharmaceutical Sales Rep', 'Entry', SAL],
  ['Field Sales Executive', 'Entry', SAL], ['Territory Sales Representative', 'Entry', SAL], ['Senior Solutions Engineer', 'Senior', SAL],
  ['Car Salesman', 'Entry', SAL], ['Verkaufsleiter', 'Director', SAL],
  ['Vertriebsmitarbeiter im Außendienst', 'Entry', SAL], ['Key Account Managerin', 'Senior', SAL], ['Commercial sédentaire', 'Entry', SAL],
  ['Ejecutivo de ventas', 'Entry', SAL], ['Gerente comercial', 'Manager', SAL], ['Directeur commercial France', 'Director', SAL],
  ['Sales Trainee', 'Training', SAL], ['Telesales Agent', 'Entry', SAL],
  ['sales', 'Entry', SAL], ['RVP Sales West', 'VP', SAL], ['Direktor Vertrieb', 'Director', SAL],
  ['Supervisora de tienda', 'Manager', SAL], ['Gerente de tienda', 'Manager', SAL], ['Asesor comercial', 'Entry', SAL],
  ['Responsable de magasin', 'Manager', SAL], ['Vendeuse en boulangerie', 'Entry', SAL], ['Chef de rayon', 'Manager', SAL],
  ['Vertriebsleiter DACH', 'Director', SAL], ['Accountmanager zakelijke markt', 'Senior', SAL], ['Verkoopmedewerker', 'Entry', SAL],
  ['Commerciale estero', 'Entry', SAL], ['Direttore commerciale', 'Director', SAL], ['Gerente de vendas', 'Manager', SAL],
  ['Vendedor externo', 'Entry', SAL],
  // Business development
  ['Business Development Manager, APAC', 'Senior', BD], 
  ['Director of Strategic Partnerships', 'Director', BD], ['Head of Business Development', 'Director', BD],
  ['VP Corporate Development', 'VP', BD], ['Alliances Manager', 'Senior', BD],
  ['Business Developer', 'Entry', BD], ['Partner Manager, Technology Alliances', 'Senior', BD],
  ['VP, Biz Dev', 'VP', BD],
  // Customer success and support
  ['Customer Success Manager, Enterprise', 'Senior', CSS], ['Customer Support Representative', 'Entry', CSS],
  ['Technical Support Engineer II', 'Entry', CSS], ['Customer Service Advisor', 'Entry', CSS], ['Head of Customer Experience', 'Director', CSS],
  ['Customer Care Team Leader', 'Manager', CSS], ['Call Centre Agent', 'Entry', CSS], ['Client Services Coordinator', 'Entry', CSS],
  ['Kundenservice Mitarbeiterin', 'Entry', CSS], ['Conseiller clientèle', 'Entry', CSS],
  ['Agente de atención al cliente', 'Entry', CSS], ['Senior Implementation Consultant', 'Senior', CSS],
  ['Director of Customer Support', 'Director', CSS], ['Tier 2 Support Specialist', 'Entry', CSS], ['Klantenservice medewerker', 'Entry', CSS],
  ['Mgr., Customer Ops', 'Manager', CSS], ['Teamleiterin Kundenservice', 'Manager', CSS], ['Call Center Supervisor', 'Manager', CSS],
  ['Teamleider klantenservice', 'Manager', CSS],
  // Marketing
  ['Senior Content Marketing Manager', 'Senior', MKT], 
  ['Head of Brand', 'Director', MKT], ['Director of Demand Generation', 'Director', MKT],
  ['VP Marketing & Communications', 'VP', MKT], ['Marketing Manager Benelux', 'Manager', MKT], ['Social Media Coordinator', 'Entry', MKT],
  ['Email Marketing Specialist', 'Entry', MKT], ['Associate Brand Manager', 'Entry', MKT], 
  ['Responsable marketing digital', 'Manager', MKT], ['Marketingmanagerin', 'Manager', MKT],
  ['Chargée de marketing', 'Entry', MKT], ['Especialista en marketing digital', 'Entry', MKT], ['Online Marketeer', 'Entry', MKT],
  ['Marketing Automation Specialist', 'Entry', MKT], ['CRM Marketing Executive', 'Entry', MKT], ['PPC Specialist', 'Entry', MKT],
  ['Markting Manager', 'Manager', MKT], ['marketing', 'Entry', MKT], ['Dir. of Mktg', 'Director', MKT], 
  ['Senior Director, Product Marketing', 'Director', MKT], ['Associate Director, Marketing', 'Director', MKT],
  ['Vice-présidente marketing', 'VP', MKT], ['Directora de Marketing y Comunicación', 'Director', MKT], ['Marketingleiter', 'Director', MKT],
  ['Analista de marketing', 'Entry', MKT], ['Freelance Copywriter', 'Owner', MKT],
  // Media and communication
  ['Senior PR Executive', 'Senior', MED], 
  ['Senior Editor, Features', 'Senior', MED], ['News Anchor', 'Entry', MED],
  ['Translator (EN/DE)', 'Entry', MED], ['Journaliste', 'Entry', MED],
  ['Redakteurin', 'Entry', MED], ['Periodista', 'Entry', MED], ['Internal Communications Specialist', 'Entry', MED],
  ['Photojournalist', 'Entry', MED], ['Director of Public Relations', 'Director', MED],
  ['Spokesperson', 'Entry', MED], ['Interpreter', 'Entry', MED], ['Chefredakteur', 'Director', MED], ['Screenwriter', 'Entry', MED],
  ['Content Creator', 'Entry', MED], ['Stagiaire en communication', 'Training', MED], ['Chargée de communication', 'Entry', MED],
  ['Freelance Photographer', 'Owner', MED], ['Freelance Translator', 'Owner', MED], ['Freiberuflicher Übersetzer', 'Owner', MED],
  ['Traductora autónoma', 'Owner', MED], ['Freelance Journalist', 'Owner', MED], ['Wedding Photographer', 'Entry', MED],
  ['Referent für Öffentlichkeitsarbeit', 'Entry', MED],
  // Arts and design
  ['UX Designer II', 'Entry', ART], ['Lead Visual Designer', 'Senior', ART], ['Motion Graphics Designer', 'Entry', ART],
  ['Freelance Illustrator', 'Owner', ART], 
  ['Fashion Designer', 'Entry', ART], ['3D Artist', 'Entry', ART], ['Concept Artist', 'Entry', ART], ['Tattoo Artist', 'Entry', ART],
  ['Grafikdesignerin', 'Entry', ART], ['Mediengestalter Digital und Print', 'Entry', ART], ['Diseñadora gráfica', 'Entry', ART],
  ['Directeur artistique', 'Senior', ART], ['Session Musician', 'Entry', ART],
  ['Set Designer', 'Entry', ART], ['Creative Lead', 'Senior', ART], ['Jewelry Designer', 'Entry', ART], ['Principal Designer', 'Senior', ART],
  ['Voice Actor', 'Entry', ART], ['DJ', 'Entry', ART], ['Internship - UX Design', 'Training', ART], ['Freelance Web Designer', 'Owner', ART],
  // Operations, logistics, trades and hospitality
  ['Operations Manager – Fulfilment', 'Manager', OPS], ['Supply Chain Planner', 'Entry', OPS],
  ['Warehouse Associate', 'Entry', OPS], ['Forklift Operator', 'Entry', OPS], 
  ['Head of Operations, UK', 'Director', OPS], 
  ['Facilities Coordinator', 'Entry', OPS], ['Facility Manager', 'Manager', OPS], ['Delivery Driver', 'Entry', OPS], ['HGV Driver', 'Entry', OPS],
  ['Machine Operator', 'Entry', OPS], ['CNC Machinist', 'Entry', OPS], 
  ['Plumber', 'Entry', OPS], ['Carpenter', 'Entry', OPS], ['HVAC Technician', 'Entry', OPS],
  ['Site Foreman', 'Manager', OPS], ['Construction Site Manager', 'Manager', OPS], ['Bauleiter', 'Manager', OPS], ['Lagerist', 'Entry', OPS],
  ['Logistikleiter', 'Director', OPS], ['Responsable logistique', 'Manager', OPS], ['Jefe de almacén', 'Manager', OPS],
  ['Chauffeur poids lourd', 'Entry', OPS], ['Head Chef', 'Manager', OPS], ['Restaurant Manager', 'Manager', OPS],
  ['Housekeeping Supervisor', 'Manager', OPS], ['Bartender', 'Entry', OPS],
  ['Waitress', 'Entry', OPS], ['First Officer (A320)', 'Entry', OPS], ['Air Traffic Controller', 'Entry', OPS],
  ['Supply Chain Manager EMEA', 'Manager', OPS], ['Operations Associate', 'Entry', OPS], ['Business Operations Lead', 'Senior', OPS],
  ['Production Worker', 'Entry', OPS], ['Assembler', 'Entry', OPS], ['Schichtleiter Produktion', 'Manager', OPS], ['Auto Mechanic', 'Entry', OPS],
  ['Aircraft Maintenance Technician', 'Entry', OPS], ['Farm Manager', 'Manager', OPS], ['Landscaper', 'Entry', OPS], ['Cleaner', 'Entry', OPS],
  ['Mail Carrier', 'Entry', OPS], ['Roofer', 'Entry', OPS], ['Bricklayer', 'Entry', OPS], ['Tiler', 'Entry', OPS],
  ['Painter and Decorator', 'Entry', OPS], ['Locksmith', 'Entry', OPS], ['Elektriker', 'Entry', OPS], ['Maurer', 'Entry', OPS],
  ['Tischlermeister', 'Senior', OPS], ['Kfz-Mechatroniker', 'Entry', OPS], ['Électricien', 'Entry', OPS], ['Plombier chauffagiste', 'Entry', OPS],
  ['Fontanero', 'Entry', OPS], ['Carpintero', 'Entry', OPS], ['Eletricista', 'Entry', OPS], ['Loodgieter', 'Entry', OPS], ['Timmerman', 'Entry', OPS],
  ['Baker', 'Entry', OPS], ['Butcher', 'Entry', OPS], ['Gardener', 'Entry', OPS], ['Drilling Supervisor', 'Manager', OPS],
  ['Wind Turbine Technician', 'Entry', OPS], ['Solar Installer', 'Entry', OPS], ['Process Operator', 'Entry', OPS],
  ['Supply Chain Coordinator', 'Entry', OPS], ['Import/Export Specialist', 'Entry', OPS], ['Freight Forwarder', 'Entry', OPS],
  ['Kitchen Manager', 'Manager', OPS], ["Chef d'équipe production", 'Manager', OPS], 
  ['Ops Mgr', 'Manager', OPS], ['Chef de chantier', 'Manager', OPS], ['Conducteur de travaux', 'Manager', OPS],
  ['Technicien de maintenance', 'Entry', OPS], ['Teamleiter Logistik', 'Manager', OPS], ['Elektroniker für Betriebstechnik', 'Entry', OPS],
  ['Berufskraftfahrer', 'Entry', OPS], ['Fachkraft für Lagerlogistik', 'Entry', OPS], ['Camarero', 'Entry', OPS], ['Cocinero', 'Entry', OPS],
  ['Conductor de camión', 'Entry', OPS], ['Gerente de operaciones', 'Manager', OPS], ['Estoquista', 'Entry', OPS], ['Motorista', 'Entry', OPS],
  ['Bedrijfsleider', 'Manager', OPS], ['Logistiek medewerker', 'Entry', OPS], ['Monteur', 'Entry', OPS], ['Self-Employed Electrician', 'Owner', OPS],
  ['SVP, Global Supply Chain', 'VP', OPS], ['Vicepresidente de operaciones', 'VP', OPS], ['Executive Vice President of Operations', 'VP', OPS],
  ['COO & Co-Founder', 'Owner', OPS],
  // Finance
  ['Investment Analyst', 'Entry', FIN], ['Senior Credit Risk Analyst', 'Senior', FIN], 
  ['Private Banker', 'Entry', FIN], ['Bank Teller', 'Entry', FIN], ['Branch Manager (Retail Banking)', 'Manager', FIN],
  ['Commercial Lines Underwriter', 'Entry', FIN], ['Claims Handler', 'Entry', FIN], ['Loss Adjuster', 'Entry', FIN], ['Head of Risk', 'Director', FIN],
  ['FP&A Analyst', 'Entry', FIN], ['Director, Corporate Finance', 'Director', FIN], ['M&A Associate', 'Entry', FIN],
  ['Investment Banking Vice President', 'VP', FIN], ['Equity Trader', 'Entry', FIN], ['Hedge Fund Portfolio Manager', 'Senior', FIN],
  ['Finanzanalyst', 'Entry', FIN], ['Analista financiero', 'Entry', FIN], ['Conseillère bancaire', 'Entry', FIN], ['Mortgage Advisor', 'Entry', FIN],
  ['Financial Planner', 'Entry', FIN], ['Actuarial Manager', 'Manager', FIN], ['Risk Analyst', 'Entry', FIN], ['Venture Capital Associate', 'Entry', FIN],
  ['Principal, Growth Equity', 'Senior', FIN], ['Partner, Private Equity', 'Partner', FIN], ['Beleggingsadviseur', 'Entry', FIN],
  ['finance', 'Entry', FIN], ['Bankkauffrau', 'Entry', FIN], ['Versicherungskaufmann', 'Entry', FIN], ['Directora financiera', 'Director', FIN],
  ['Directeur financier', 'Director', FIN], ['Diretor financeiro', 'Director', FIN], ['Senior Vice President, Finance', 'VP', FIN],
  ['Deputy Director, Finance', 'Director', FIN], ['AVP, Claims', 'Senior', FIN], ['Managing Director, Equity Research', 'VP', FIN],
  ['Partner (Venture)', 'Partner', FIN], ['Operating Partner', 'Partner', FIN], ['Chief Financial Officer (Interim)', 'CXO', FIN],
  ['CFO | Board Advisor', 'CXO', FIN], ['Senior Manager, Finance Transformation', 'Manager', FIN], ['Finance Graduate Trainee', 'Training', FIN],
  ['Summer Intern, Investment Banking', 'Training', FIN],
  // Accounting
  ['Staff Accountant II', 'Entry', ACC], ['Accounts Payable Clerk', 'Entry', ACC], 
  ['Tax Associate', 'Entry', ACC], ['Senior Tax Manager', 'Manager', ACC], 
  ['Payroll Administrator', 'Entry', ACC], ['Revenue Accountant', 'Entry', ACC],
  ['Head of Tax', 'Director', ACC], ['Group Financial Controller', 'Manager', ACC], 
  ['Steuerfachangestellte', 'Entry', ACC], ['Contable', 'Entry', ACC], 
  ['Boekhouder', 'Entry', ACC], ['Auditeur interne', 'Entry', ACC], ['Cost Accountant', 'Entry', ACC],
  ['Accounts Receivable Specialist', 'Entry', ACC], ['Credit Controller', 'Entry', ACC], ['Acountant', 'Entry', ACC], ['Jr Accountant', 'Entry', ACC],
  ['Senior Staff Accountant', 'Senior', ACC], ['Team Lead, Accounts Payable', 'Manager', ACC], 
  ['Wirtschaftsprüferin', 'Entry', ACC], ['Referent Controlling', 'Entry', ACC], ['Leiter Rechnungswesen', 'Director', ACC],
  ['Sachbearbeiterin Buchhaltung', 'Entry', ACC], ['Comptable fournisseurs', 'Entry', ACC], ['Administrativa contable', 'Entry', ACC],
  ['Financieel administratief medewerker', 'Entry', ACC], ['Equity Partner, Tax', 'Partner', ACC],
  ['Praktikant Controlling', 'Training', ACC], ['Pasante de contabilidad', 'Training', ACC], 
  // Legal
  ['Senior Associate (Litigation)', 'Senior', LEG], ['Legal Counsel, Employment', 'Entry', LEG],
  ['Litigation Paralegal', 'Entry', LEG], ['Head of Compliance', 'Director', LEG],
  ['Compliance Analyst', 'Entry', LEG], ['Notary Public', 'Entry', LEG],
  ["Juriste d'entreprise", 'Entry', LEG], ['Avocat associé', 'Partner', LEG], ['Abogada laboralista', 'Entry', LEG],
  ['Advocaat-stagiair', 'Training', LEG], ['Barrister-at-Law', 'Entry', LEG],
  ['Patent Attorney', 'Entry', LEG], ['District Court Judge', 'Entry', LEG], ['AML Investigator', 'Entry', LEG],
  ['Regulatory Affairs Associate', 'Entry', LEG], ['Partner, Employment Law', 'Partner', LEG], ['Partner & Head of Litigation', 'Partner', LEG],
  ['Advogada trabalhista', 'Entry', LEG], ['Rechtsanwaltsfachangestellte', 'Entry', LEG],
  ['Pro Bono Legal Advisor', 'Unpaid', LEG], ['Law Student', 'Training', LEG],
  // Education and academia
  ['Associate Professor, Computer Science', 'Senior', EDU], ['Professor of History', 'Senior', EDU],
  ['Adjunct Instructor', 'Entry', EDU], 
  ['Head of Science (Secondary School)', 'Director', EDU], ['Dean of Students', 'Director', EDU], ['Special Education Teacher', 'Entry', EDU],
  ['ESL Teacher', 'Entry', EDU], ['Private Maths Tutor', 'Entry', EDU], ['Grundschullehrerin', 'Entry', EDU], ['Professeure de français', 'Entry', EDU],
  ['Maestra de primaria', 'Entry', EDU], ['Docent wiskunde', 'Entry', EDU], ['Profesor de secundaria', 'Entry', EDU],
  ['School Librarian', 'Entry', EDU], ['Education Coordinator', 'Entry', EDU],
  ['Early Years Practitioner', 'Entry', EDU], ['Montessori Guide', 'Entry', EDU], ['Driving Instructor', 'Entry', EDU],
  ['Department Chair, Biology', 'Director', EDU], ['Graduate Teaching Assistant', 'Training', EDU], ['Vice-Chancellor', 'CXO', EDU],
  ['Head of School of Engineering', 'Director', EDU], ['Maître de conférences', 'Entry', EDU], ['Catedrático de Universidad', 'Senior', EDU],
  ['Hoogleraar', 'Senior', EDU], ['Universitair docent', 'Entry', EDU], ['Asst. Prof.', 'Entry', EDU], 
  ['Erzieherin', 'Entry', EDU], ['Lehrerin für Mathematik und Physik', 'Entry', EDU], ['Professora de inglês', 'Entry', EDU],
  ['Docent Engels', 'Entry', EDU], ['Assistant Director of Admissions', 'Director', EDU],
  ['Volunteer English Teacher', 'Unpaid', EDU], ['Librarian, Public Library', 'Entry', EDU],
  // Research
  ['Postdoctoral Research Associate', 'Entry', RES], ['Research Scientist II', 'Entry', RES], 
  ['Principal Scientist', 'Senior', RES], ['Graduate Research Assistant', 'Training', RES], 
  ['Epidemiologist', 'Entry', RES],
  ['Biostatistician', 'Entry', RES], ['Senior Economist', 'Senior', RES], ['Wissenschaftlicher Mitarbeiter', 'Entry', RES],
  ['Doktorandin', 'Training', RES], ['Chercheuse CNRS', 'Entry', RES], ['Investigadora predoctoral', 'Training', RES], 
  ['Analytical Chemist', 'Entry', RES], ['Field Geologist', 'Entry', RES], ['Astronomer', 'Entry', RES], ['Policy Researcher', 'Entry', RES],
  ['Visiting Scholar', 'Entry', RES], ['Reseach Assistant', 'Entry', RES], ['Becaria de investigación', 'Training', RES],
  ['PhD Candidate, Computational Biology', 'Training', RES], ['Unpaid Research Assistant', 'Unpaid', RES],
  ['Policy Officer, Ministry of Health', 'Entry', RES], ['Beleidsmedewerker', 'Entry', RES], ['Wissenschaftliche Mitarbeiterin', 'Entry', RES],
  // Healthcare
  ['ICU Staff Nurse', 'Entry', HC], ['Director of Nursing', 'Director', HC], ['General Practitioner', 'Entry', HC],
  ['Family Physician', 'Entry', HC], ['Surgical Resident', 'Training', HC], ['Junior Doctor', 'Entry', HC],
  ['Attending Physician, Emergency Medicine', 'Senior', HC], ['Dental Assistant', 'Entry', HC], ['Orthodontist', 'Entry', HC],
  ['Clinical Pharmacist', 'Entry', HC], ['Senior Physiotherapist', 'Senior', HC], ['Speech and Language Therapist', 'Entry', HC],
  ['Emergency Medical Technician', 'Entry', HC], ['Care Assistant', 'Entry', HC],
  ['Home Health Aide', 'Entry', HC], ['Healthcare Assistant', 'Entry', HC], ['Radiology Technician', 'Entry', HC], ['Community Midwife', 'Entry', HC],
  ['Veterinary Nurse', 'Entry', HC], ['Small Animal Vet', 'Entry', HC], ['Gesundheits- und Krankenpfleger', 'Entry', HC], ['Assistenzärztin', 'Training', HC],
  ['Oberarzt Kardiologie', 'Senior', HC], ['Infirmière de bloc opératoire', 'Entry', HC],
  ['Médecin généraliste', 'Entry', HC], ['Enfermera de quirófano', 'Entry', HC], ['Médico residente', 'Training', HC],
  ['Fisioterapeuta deportivo', 'Entry', HC], ['Huisarts', 'Entry', HC], ['Wijkverpleegkundige', 'Entry', HC], ['Enfermeira obstetra', 'Entry', HC],
  ['Registered Dietitian', 'Entry', HC], ['Phlebotomist', 'Entry', HC], ['Massage Therapist', 'Entry', HC], ['Clinical Nurse Specialist', 'Entry', HC],
  ['Lead Nurse', 'Senior', HC], ['Nursing Home Manager', 'Manager', HC], ['Médico de familia', 'Entry', HC], ['Médica veterinária', 'Entry', HC],
  ['Técnico de enfermagem', 'Entry', HC], ['Verpleegkundig specialist', 'Entry', HC], 
  ['Nursing Student', 'Training', HC],
  // Military and protective services
  ['Police Constable', 'Entry', MIL], ['Fire Chief', 'Director', MIL],
  ['Loss Prevention Officer', 'Entry', MIL], ['Border Force Officer', 'Entry', MIL], ['Policier', 'Entry', MIL], ['Guardia civil', 'Entry', MIL],
  ['Naval Officer', 'Entry', MIL], ['Detective Constable', 'Entry', MIL], ['Lifeguard', 'Entry', MIL], ['Close Protection Officer', 'Entry', MIL],
  ['Security Supervisor', 'Manager', MIL], ['Politieagent', 'Entry', MIL], ['Bombeiro', 'Entry', MIL], ['Customs Officer', 'Entry', MIL],
  ['Funcionaria de prisiones', 'Entry', MIL],
  // Community and social services
  ['Child Protection Social Worker', 'Entry', SOC], ['Youth Outreach Worker', 'Entry', SOC], ['Case Manager (Housing)', 'Senior', SOC],
  ['Grants Coordinator', 'Entry', SOC], ['Development Director (Nonprofit)', 'Director', SOC],
  ['Senior Pastor', 'Senior', SOC], ['Imam', 'Entry', SOC], ['Rabbi', 'Entry', SOC], ['Hospital Chaplain', 'Entry', SOC],
  ['Addiction Counselor', 'Entry', SOC], ['Mental Health Counselor', 'Entry', SOC], ['Family Support Worker', 'Entry', SOC],
  ['Community Development Officer', 'Entry', SOC], ['Sozialpädagogin', 'Entry', SOC], ['Educatrice spécialisée', 'Entry', SOC],
  ['Assistente social', 'Entry', SOC], ['Maatschappelijk werker', 'Entry', SOC], ['Humanitarian Aid Worker', 'Entry', SOC],
  ['Food Bank Volunteer', 'Unpaid', SOC], ['Ehrenamtliche Helferin', 'Unpaid', SOC], ['Voluntario en Cruz Roja', 'Unpaid', SOC],
  ['Volunteer Youth Mentor', 'Unpaid', SOC], ['Bénévole – Restos du Cœur', 'Unpaid', SOC], ['Vrijwilliger', 'Unpaid', SOC],
  ['Probation Officer', 'Entry', SOC],
  // Real estate
  ['Licensed Real Estate Salesperson', 'Entry', RE], ['Residential Property Manager', 'Senior', RE], 
  ['Immobilienmaklerin', 'Entry', RE], ['Agente inmobiliario', 'Entry', RE], ['Négociatrice immobilière', 'Entry', RE],
  ['Corretor de imóveis', 'Entry', RE], ['Head of Asset Management (Real Estate)', 'Director', RE], 
  ['Residential Appraiser', 'Entry', RE], ['Immobilienkaufmann', 'Entry', RE],
  // Purchasing
  ['Assistant Buyer, Womenswear', 'Entry', PUR], ['Procurement Specialist', 'Entry', PUR], ['Category Manager, Indirect Procurement', 'Senior', PUR],
  ['Strategic Sourcing Lead', 'Senior', PUR], 
  ['Strategischer Einkäufer', 'Entry', PUR], ['Acheteuse', 'Entry', PUR], ['Comprador', 'Entry', PUR], ['Inkoper', 'Entry', PUR],
  ['Chief Procurement Officer', 'CXO', PUR], ['Procurement Analyst', 'Entry', PUR],
  ['Abteilungsleiterin Einkauf', 'Director', PUR], ['Responsable des achats', 'Manager', PUR], 
  ['Inkoopmanager', 'Manager', PUR],
  // Administrative
  ['Administrative Coordinator', 'Entry', ADM], ['Executive Assistant to the Managing Director', 'Entry', ADM],
  ['Front Desk Receptionist', 'Entry', ADM], ['School Secretary', 'Entry', ADM], ['Legal Secretary', 'Entry', ADM],
  ['Freelance Virtual Assistant', 'Owner', ADM], ['Team Assistant', 'Entry', ADM], ['Bürokauffrau', 'Entry', ADM], ['Sekretärin', 'Entry', ADM],
  ['Assistante de direction', 'Entry', ADM], ['Secretaria ejecutiva', 'Entry', ADM], ['Administratief medewerker', 'Entry', ADM],
  ['Auxiliar administrativo', 'Entry', ADM], ['Records Clerk', 'Entry', ADM], ['Mailroom Clerk', 'Entry', ADM], ['Administrative Manager', 'Manager', ADM],
  ['Head of Administration', 'Director', ADM], ['Exec. Asst.', 'Entry', ADM], ['Admin Asst', 'Entry', ADM], 
  ['Hotel Receptionist', 'Entry', ADM], ['Sachbearbeiter Bauamt', 'Entry', ADM], ['Postal Clerk', 'Entry', ADM], ['Census Enumerator', 'Entry', ADM],
  ['Industriekaufmann', 'Entry', ADM], ['Impiegata amministrativa', 'Entry', ADM], ['Responsabile amministrativo', 'Manager', ADM],
  ['Assistente administrativo', 'Entry', ADM], ['Auszubildende Kauffrau für Büromanagement', 'Training', ADM],
  // Consulting
  ['Associate Consultant', 'Entry', CON], ['Senior Management Consultant', 'Senior', CON], ['Strategy Analyst', 'Entry', CON],
  ['Business Analyst II', 'Entry', CON], ['Unternehmensberater', 'Entry', CON], ['Consultant SAP FI/CO', 'Entry', CON],
  ['Consultora de estrategia', 'Entry', CON], ['Principal, Strategy Consulting', 'Senior', CON], ['Partner, Management Consulting', 'Partner', CON],
  ['Managing Consultant', 'Senior', CON], ['Independent Management Consultant', 'Owner', CON], ['Berater Digitalisierung', 'Entry', CON],
  ['Managment Consultant', 'Entry', CON], ['Consultant indépendant', 'Owner', CON], ['Associate Partner, Consulting', 'Director', CON],
  ['Managing Director – Strategy & Consulting', 'VP', CON], ['Adviseur duurzaamheid', 'Entry', CON],
  // Founders, owners and executives
  ['Founder & CEO, stealth fintech', 'Owner', ENT], ['Co-founder and Managing Director', 'Owner', ENT], ['Owner/Operator', 'Owner', ENT],
  ['Small Business Owner', 'Owner', ENT], 
  ['Geschäftsführende Gesellschafterin', 'Owner', ENT], ['Inhaber einer Tischlerei', 'Owner', ENT], ['Fondatrice et présidente', 'Owner', ENT],
  ['Fundadora y CEO', 'Owner', ENT], ['Empresário', 'Owner', ENT], ['Eigenaar & oprichter', 'Owner', ENT], 
  ['Founder (pre-seed)', 'Owner', ENT], ['Solo founder building in public', 'Owner', ENT], ['Franchise Owner', 'Owner', ENT],
  ['Restaurant Owner', 'Owner', ENT], ['Independent Contractor', 'Owner', ENT], ['Directeur-eigenaar', 'Owner', ENT], ['Ondernemer', 'Owner', ENT],
  ['Chief Executive Officer – Group', 'CXO', ENT], ['Interim CEO', 'CXO', ENT], ['Group CEO', 'CXO', ENT], ['CEO, Family Office', 'CXO', ENT],
  // Pure ranks, boards, students and statuses (no function)
  ['Presidente do Conselho', 'CXO', UNK], ['Supervisory Board Member', 'CXO', UNK], ['Aufsichtsratsvorsitzender', 'CXO', UNK],
  ['Sócia', 'Partner', UNK], ['Regional Director', 'Director', UNK], ['Head of Unit, European Commission', 'Director', UNK],
  ['Civil Servant', 'Entry', UNK], ['Senior Civil Servant', 'Senior', UNK], ['Fonctionnaire', 'Entry', UNK], ['MBA Candidate | Wharton', 'Training', UNK],
  ['Undergraduate Student', 'Training', UNK], 
  ['Retired Nurse', UNK, UNK], ['Between roles', UNK, UNK], ['Career break', UNK, UNK], 
  ['N/A', UNK, UNK], ['Ex-Google', UNK, UNK], ['Former Head of Sales at Initech', UNK, UNK], 
  ['Dreamer, doer, coffee lover', UNK, UNK],
  // Students and apprentices with a field
  ['Software Engineering Apprentice', 'Training', ENG], ['Marketing Intern (Summer 2026)', 'Training', MKT],
  ['Werkstudent Softwareentwicklung', 'Training', ENG], ['Werkstudentin HR', 'Training', HR], ['Alternante chargée de recrutement', 'Training', HR],
  ['Stagiair marketing', 'Training', MKT], ['Azubi Fachinformatiker', 'Training', IT],
  ['Computer Science Student', 'Training', ENG], ['Co-op Student, Data Science', 'Training', ENG],
  // Other languages, mixed
  ['Softwareentwicklerin', 'Entry', ENG], ['Senior Softwareentwickler', 'Senior', ENG], ['Ingenieur Maschinenbau', 'Entry', ENG],
  ['Développeuse front-end', 'Entry', ENG], ['Data scientist senior', 'Senior', ENG],
  ['Ingeniero de software senior', 'Senior', ENG], ['Desarrolladora web junior', 'Entry', ENG], ['Engenheiro civil', 'Entry', ENG],
  ['Desenvolvedor Full Stack Pleno', 'Entry', ENG], ['Desenvolvedora Sênior', 'Senior', ENG], ['Analista de Dados Júnior', 'Entry', ENG],
  ['Software ontwikkelaar', 'Entry', ENG], ['Medior Java Developer', 'Entry', ENG], ['Ingegnere meccanico', 'Entry', ENG],
];

export const TITLE_HELDOUT_SET: readonly LabelledTitle[] = ROWS.map(([title, seniority, jobFunction]) => ({ title, seniority, function: jobFunction }));
