// A sixth development set (issue #17, item 1), written after the rules of title-dev-set-world-2.ts and labelled from
// docs/title-labelling.md before the classifier ran on it: how far those rules reach titles their author had not written
// yet, in English and eleven other languages (the Nordic, Czech and Turkish vocabulary included), with company tags,
// separators, ranks and statuses. Titles that fold to a held-out or another development title were dropped by index, unseen.
import type { EvalRow, LabelledTitle } from './evaluate-titles.ts';
import { ACC, ADM, ART, BD, SOC, CON, EDU, ENG, ENT, FIN, HC, HR, IT, LEG, MKT, MED, MIL, OPS, PM, PPM, PUR, QA, RE, RES, SAL, CSS, UNK } from './function-abbreviations.ts';

const ROWS: readonly EvalRow[] = [
  // English, with tags, separators and ranks
  ['Senior Software Engineer | Ex-Meta | Mentor', 'Senior', ENG], ['Product Designer • Design Systems', 'Entry', ART], ['VP, Business Development & Partnerships', 'VP', BD],
  ['Regional Operations Manager – Northeast', 'Manager', OPS], ['Senior Manager, Internal Audit', 'Manager', ACC], ['Global Head of Procurement', 'Director', PUR],
  ['Chief Revenue Officer (CRO)', 'CXO', SAL], ['Chief Operating Officer & Co-Founder', 'Owner', OPS],
  ['Owner & Lead Photographer', 'Owner', MED], ['Freelance UX Researcher', 'Owner', ART], ['Independent Financial Adviser (IFA)', 'Owner', FIN],
  ['Sole Proprietor, Landscaping Services', 'Owner', OPS], ['Board Director & Trustee', 'CXO', UNK],
  ['Senior Associate, Audit & Assurance', 'Senior', ACC], ['Associate, Private Equity', 'Entry', FIN],
  ['Analyst, Investment Banking Division', 'Entry', FIN], ['Staff Product Manager', 'Senior', PM],
  ['Delivery Lead, Digital', 'Senior', PPM],
  ['Customer Support Specialist (Tier 1)', 'Entry', CSS], ['Implementation Manager – SaaS', 'Manager', CSS], ['Solutions Architect, AWS Partner', 'Senior', ENG],
  ['DevSecOps Engineer', 'Entry', ENG], ['Site Reliability Engineer II', 'Entry', ENG], ['Principal Data Architect', 'Senior', ENG],
  ['Junior Data Analyst – Marketing Analytics', 'Entry', ENG], ['BI Analyst, Finance', 'Entry', ENG], ['Machine Learning Scientist', 'Entry', ENG],
  ['Lab Manager, Genomics Core', 'Manager', RES], ['Clinical Trial Associate', 'Entry', RES],
  ['Hydrogeologist', 'Entry', RES], ['IT Helpdesk Coordinator', 'Entry', IT],
  ['Cyber Threat Intelligence Analyst', 'Entry', IT], ['Warehouse Shift Manager', 'Manager', OPS],
  ['Operations Associate, Fulfillment', 'Entry', OPS], ['Supply Planner', 'Entry', OPS], ['Materials Handler', 'Entry', OPS], ['Truck Dispatcher', 'Entry', OPS],
  ['Fleet Maintenance Supervisor', 'Manager', OPS], ['Packaging Technician', 'Entry', OPS],
  ['Line Lead, Assembly', 'Senior', OPS], ['Maintenance Planner', 'Entry', OPS], ['HSE Manager', 'Manager', OPS],
  ['Facilities Director', 'Director', OPS], ['Lettings Manager', 'Manager', RE],
  ['Claims Assessor', 'Entry', FIN],
  ['Assistant Accountant', 'Entry', ACC], ['Financial Planning Analyst', 'Entry', FIN],
  ['Paralegal – Real Estate', 'Entry', LEG], ['Teaching Assistant, Year 2', 'Entry', EDU], ['Head of Maths', 'Director', EDU],
  ['Associate Dean, Graduate Studies', 'Director', EDU],
  ['Registered Nurse – Med/Surg', 'Entry', HC], ['Nurse Manager, Cardiac Unit', 'Manager', HC],
  ['Medical Director, Urgent Care', 'Director', HC], ['Senior Carer', 'Senior', HC],
  ['Occupational Therapy Assistant', 'Entry', HC], ['Behavioral Health Technician', 'Entry', HC],
  ['Case Manager, Homeless Services', 'Senior', SOC],
  ['Police Officer, Patrol Division', 'Entry', MIL],
  ['Restaurant Host', 'Entry', OPS], ['Barback', 'Entry', OPS], ['Front of House Manager', 'Manager', OPS], ['Banqueting Supervisor', 'Manager', OPS],
  ['Stock Associate', 'Entry', SAL], ['Department Supervisor, Electronics', 'Manager', SAL],
  ['Sales Floor Supervisor', 'Manager', SAL], ['Beauty Advisor', 'Entry', SAL], ['Car Sales Executive', 'Entry', SAL], ['Business Development Manager, Hospitality', 'Senior', BD],
  ['Inside Sales Manager', 'Manager', SAL],
  ['Field Marketing Specialist', 'Entry', MKT], ['PR Account Executive', 'Entry', MED], ['Video Producer', 'Entry', MED],
  ['Podcast Host', 'Entry', MED], ['Art Director, Advertising', 'Senior', ART],
  ['Purchasing Assistant', 'Entry', PUR],
  ['Receptionist / Office Junior', 'Entry', ADM], ['Virtual Assistant (Freelance)', 'Owner', ADM],
  ['Associate Consultant, Technology Strategy', 'Entry', CON],
  // German
  ['Sachbearbeiter Personalabrechnung', 'Entry', ACC], ['Gruppenleiterin Qualitätssicherung', 'Manager', QA],
  ['Bereichsleiter Vertrieb DACH', 'Director', SAL],
  ['Mechatronikerin', 'Entry', OPS],
  ['Erzieher in der Kita', 'Entry', EDU], ['Sozialarbeiter (B.A.)', 'Entry', SOC],
  ['Rechtsanwalt (Syndikus)', 'Entry', LEG], ['Steuerberaterin und Wirtschaftsprüferin', 'Entry', ACC],
  ['IT-Systemelektroniker', 'Entry', IT], ['Ausbildung zum Bankkaufmann', 'Training', FIN],
  // French
  ['Responsable des ressources humaines', 'Manager', HR], ['Ingénieur commercial grands comptes', 'Entry', SAL],
  ['Directrice administrative et financière', 'Director', FIN], ['Comptable senior', 'Senior', ACC], ['Assistante RH', 'Entry', HR],
  ['Aide à domicile', 'Entry', HC], ['Agent de propreté', 'Entry', OPS],
  ['Boulanger-pâtissier', 'Entry', OPS], ['Employé libre-service', 'Entry', SAL], ['Animatrice périscolaire', 'Entry', EDU],
  ["Professeur agrégé d'histoire", 'Entry', EDU], ['Technicien réseaux et télécoms', 'Entry', IT], ["Chef d'équipe maintenance", 'Manager', OPS], ['Gérant de restaurant', 'Manager', OPS],
  ['Gérante de magasin', 'Manager', SAL], ['Notaire associée', 'Partner', LEG],
  // Spanish
  ['Técnico superior en radiodiagnóstico', 'Entry', HC],
  ['Ingeniero de telecomunicaciones', 'Entry', ENG], ['Responsable de recursos humanos', 'Manager', HR],
  ['Dependiente de panadería', 'Entry', SAL], ['Guardia de seguridad', 'Entry', MIL],
  ['Becario de ingeniería', 'Training', ENG], ['Comercial autónomo', 'Owner', SAL],
  // Portuguese
  ['Desenvolvedora Full Stack Pleno', 'Entry', ENG], ['Assistente de recursos humanos', 'Entry', HR], ['Auxiliar de enfermagem', 'Entry', HC],
  ['Professor de inglês', 'Entry', EDU], ['Coordenador de logística', 'Entry', OPS], ['Supervisora de vendas', 'Manager', SAL],
  ['Vendedor autônomo', 'Owner', SAL],
  ['Estagiária de marketing', 'Training', MKT],
  // Italian
  ["Addetto all'accoglienza", 'Entry', ADM], ['Infermiera pediatrica', 'Entry', HC],
  ['Ingegnere gestionale', 'Entry', ENG], ['Magazziniere mulettista', 'Entry', OPS],
  ['Project manager junior', 'Entry', PPM], ['Stagista risorse umane', 'Training', HR],
  // Dutch
  ['Verpleegkundige op de IC', 'Entry', HC], ['Teamleider productie', 'Manager', OPS], ['Medewerker klantenservice', 'Entry', CSS],
  ['Leraar wiskunde', 'Entry', EDU], ['Monteur elektrotechniek', 'Entry', OPS],
  ['Chauffeur C/E internationaal', 'Entry', OPS], ['Afdelingshoofd inkoop', 'Director', PUR], ['Stagiair HR', 'Training', HR], ['Directeur-grootaandeelhouder', 'Owner', ENT],
  // Swedish and Polish
  ['Sjuksköterska på IVA', 'Entry', HC], ['Säljare inom B2B', 'Entry', SAL], ['Systemutvecklare .NET', 'Entry', ENG],
  ['Grundare & VD', 'Owner', ENT], ['Kierownik sprzedaży', 'Manager', SAL], ['Specjalista ds. obsługi klienta', 'Entry', CSS],
  ['Młodszy specjalista ds. HR', 'Entry', HR], ['Starszy programista Java', 'Senior', ENG], ['Pielęgniarka anestezjologiczna', 'Entry', HC],
  ['Właścicielka salonu kosmetycznego', 'Owner', ENT], ['Stażysta w dziale IT', 'Training', IT],
  // Danish, Norwegian, Finnish
  ['Sygeplejerske på akutmodtagelsen', 'Entry', HC], ['Social- og sundhedsassistent', 'Entry', HC], ['Folkeskolelærer', 'Entry', EDU], ['Pædagogmedhjælper', 'Entry', EDU],
  ['Salgschef', 'Manager', SAL], ['Kok i kantine', 'Entry', OPS], ['Projektleder, IT-udvikling', 'Senior', PPM],
  ['Elektriker lærling', 'Training', OPS], ['Butiksassistent', 'Entry', SAL], ['Sykepleier i hjemmetjenesten', 'Entry', HC], ['Lærer i videregående skole', 'Entry', EDU],
  ['Barnehageassistent', 'Entry', EDU], ['Daglig leder og eier', 'Owner', ENT], ['Avdelingsleder økonomi', 'Director', ACC], ['Butikksjef', 'Manager', SAL],
  ['Salgssjef', 'Manager', SAL], ['Regnskapsmedarbeider', 'Entry', ACC], ['Tømrerlærling', 'Training', OPS], ['Lastebilsjåfør', 'Entry', OPS], ['Renholdsoperatør', 'Entry', OPS],
  ['Sairaanhoitaja, teho-osasto', 'Entry', HC], ['Perushoitaja', 'Entry', HC], ['Lastentarhanopettaja', 'Entry', EDU], ['Asiakkuuspäällikkö', 'Senior', SAL],
  ['Full stack -kehittäjä', 'Entry', ENG], ['Henkilöstöpäällikkö', 'Manager', HR], ['Varastopäällikkö', 'Manager', OPS], ['Kiinteistönvälittäjä', 'Entry', RE],
  ['Putkimies', 'Entry', OPS], ['Palkkasihteeri', 'Entry', ACC],
  // Czech, Turkish and romanised Japanese
  ['Zdravotní sestra na JIP', 'Entry', HC], ['Vedoucí směny', 'Manager', OPS], ['Obchodní manažer', 'Manager', SAL], ['Účetní asistentka', 'Entry', ACC],
  ['Personální ředitelka', 'Director', HR], ['Finanční ředitel', 'Director', FIN], ['Učitelka v mateřské škole', 'Entry', EDU], ['Skladník / řidič VZV', 'Entry', OPS],
  ['Programátor C#', 'Entry', ENG], ['Recepční', 'Entry', ADM], ['İnsan Kaynakları Müdürü', 'Manager', HR],
  ['Yazılım Geliştirme Uzmanı', 'Entry', ENG], ['Kıdemli Muhasebe Uzmanı', 'Senior', ACC], ['Mağaza Müdürü', 'Manager', SAL], ['Satın Alma Müdürü', 'Manager', PUR],
  ['Fabrika Müdürü', 'Manager', OPS], ['Doktor Öğretim Üyesi', 'Entry', EDU], ['Hemşire, Yoğun Bakım', 'Entry', HC], ['Hukuk Stajyeri', 'Training', LEG],
  ['Proje Müdürü', 'Senior', PPM], ['Bucho, Eigyo-bu', 'Director', SAL], ['Kacho, Jinji-bu', 'Manager', HR],
  // No current role
  ['Between opportunities', 'Unknown', UNK], ['Career Break – Caring for family', 'Unknown', UNK], ['Ruhestand', 'Unknown', UNK],
  ['Desempleado', 'Unknown', UNK], ['Desempregada', 'Unknown', UNK], ['Arbeidssøker', 'Unknown', UNK], ['Hledám práci', 'Unknown', UNK], ['İş Arıyorum', 'Unknown', UNK],
];

export const TITLE_DEV_SET_WORLD_3: readonly LabelledTitle[] = ROWS.map(([title, seniority, jobFunction]) => ({ title, seniority, function: jobFunction }));
