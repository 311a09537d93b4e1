// Job-function clues by strength: the strongest clue in a title decides, the leftmost among equals, the longest phrase at a place.
//
// Tiers: 0 exact phrases that override their words ("sales engineer" is Sales, "data protection" Legal); 1 role nouns,
// what the person is ("recruiter", "nurse", "CTO"); 2 department words, where they work ("marketing", "finance"); 3 founders
// and owners (Entrepreneurship unless a stronger clue names a field); then the O*NET fallback; 4 weak nouns ("assistant",
// "advisor", "broker", "president") that decide only when nothing else does.
// Conventions (the evaluation set is labelled by these):
// - Data, analytics and ML roles are Engineering (LinkedIn has no data function); researchers, scientists, statisticians,
//   economists, policy analysts and PhD candidates are Research; "Data Scientist" is Engineering, "Research Scientist" Research.
// - Engineering builds software and hardware; Information Technology runs it (IT, support desks, sysadmins, networks,
//   security analysts). Architects of any kind are Engineering, as O*NET files them.
// - Solutions/sales engineers and presales are Sales; support engineers, technical account managers and implementation are
//   Customer Success and Support. Account executives, SDR/BDR, account and relationship managers are Sales; business
//   development managers, partnerships, alliances and channels are Business Development.
// - Clerks and secretaries are Administrative unless a department word names their field ("Accounts Payable Clerk" is
//   Accounting); "security" alone is protective work (Military and Protective Services), information, IT, cyber and
//   network security are Information Technology.
// - Compliance, regulatory, KYC and privacy are Legal. Audit, tax, payroll, billing and controllers are Accounting. Banking,
//   investment, insurance (underwriting, actuarial, claims) are Finance.
// - All design, UX research included, is Arts and Design. Copywriters are Marketing; editors, writers, journalists, PR and
//   communications are Media and Communication. Business analysts are Consulting (O*NET's management analysts).
// - CEO, President, Geschäftsführer, founders and owners are Entrepreneurship; CPO is Product (Chief People Officer is
//   spelled out); General Manager and Chief of Staff are Operations. Pure ranks (Director, Vice President, Partner,
//   Managing Director, Associate, Analyst, Board Member) and students name no function: Unknown.
import type { JobFunction } from './linkedin-taxonomy.ts';

export type FunctionTier = 0 | 1 | 2 | 3 | 4;
export type FunctionClue = readonly [jobFunction: JobFunction, tier: FunctionTier, phrases: string];

/** Whole words or phrases, '|'-separated, lowercase without accents (non-ASCII is folded at load). */
export const FUNCTION_CLUES: readonly FunctionClue[] = [
  ['Engineering', 0, 'member of technical staff|mts|smts|lmts|pmts|data scientist|data scientists|data engineer|data analyst|data analytics|analytics engineer|machine learning|business intelligence|bi developer|bi analyst|bi engineer|developer advocate|developer relations|project engineer|design engineer|product engineer|founding engineer|artificial intelligence|analista de datos|analista de dados'],
  ['Engineering', 1, 'engineer|engineers|engr|developer|developers|dev|devs|programmer|programmers|coder|swe|sde|sre|devops|architect|architects|cto|surveyor|frontend|backend|fullstack|full stack|front end|back end|ingeniero|ingeniera|ingenieur|ingenieure|ingenieurin|ingegnere|engenheiro|engenheira|inzynier|desarrollador|desarrolladora|developpeur|developpeuse|desenvolvedor|desenvolvedora|sviluppatore|sviluppatrice|ontwikkelaar|utvecklare|programista|programistka|chief technology|chief technical|chief architect|chief engineer|chief data|инженер|программист|разработчик|مهندس'],
  ['Engineering', 2, 'engineering|eng|software|data|datos|dados|donnees|daten|analytics|technology|technical|cloud|platform|infrastructure|ml|ai|embedded|firmware|ios|android|web|ingenieria|engenharia'],
  // "Tech" is as often a technician ("Pharmacy Tech") as technology, "mobile" a crane or a home: O*NET decides those first.
  ['Engineering', 4, 'tech|mobile'],
  ['Quality Assurance', 0, 'software engineer in test|engineer in test|test engineer|qa engineer|quality engineer|test automation|quality assurance|quality control|qa analyst|quality analyst|test analyst|quality auditor|software tester'],
  ['Quality Assurance', 1, 'tester|testers|sdet|qa|qe|qc|inspector|inspectors'],
  ['Quality Assurance', 2, 'quality|testing|test|qualite|calidad|qualitat'],
  ['Information Technology', 0, 'information technology|it support|it specialist|it technician|it administrator|it engineer|it manager|it director|help desk|helpdesk|service desk|desktop support|network engineer|network administrator|system administrator|systems administrator|database administrator|security analyst|soc analyst|information security|cyber security|penetration tester|pen tester|salesforce administrator|salesforce admin|chief information|technicien informatique'],
  ['Information Technology', 1, 'sysadmin|dba|cio|ciso|cybersecurity|infosec|pentester|informaticien|informaticienne|informatiker|informatikerin|noc'],
  // "Security" alone guards people and buildings ("Head of Security", "Security Supervisor"); systems' security is named
  // as such ("information security", "IT security", "cyber").
  ['Information Technology', 2, 'it|network|networks|networking|cyber|soc|erp|informatique|informatik|informatica|sistemas|ti'],
  ['Product Management', 0, 'product manager|product managers|product management|product owner|product owners|product lead|product operations|product ops|product analyst|product director|chief product|apm|gpm|pm|pms|cpo|gerente de producto|gerente de produto|chef de produit'],
  ['Product Management', 2, 'product|products|produit|producto|produto|prodotto'],
  ['Program and Project Management', 0, 'project manager|project managers|program manager|programme manager|project management|program management|programme management|project coordinator|program coordinator|programme coordinator|project officer|program officer|programme officer|project lead|project leader|program director|programme director|project director|program analyst|delivery manager|delivery lead|scrum master|agile coach|pmo|tpm|pmp|chef de projet|chef de projets|cheffe de projet|jefe de proyecto|jefa de proyecto|gerente de projetos|gerente de projeto|gerente de proyectos|gerente de proyecto|kierownik projektu|responsable de projet|responsabile di progetto'],
  ['Program and Project Management', 1, 'scrum|projektleiter|projektleiterin|projectleider|projektledare|projektmanager|projektmanagerin|projectmanager'],
  ['Program and Project Management', 2, 'project|projects|program|programme|programs|programmes|proyecto|proyectos|projet|projets|projeto|projetos|progetto|progetti|projekt|projekte'],
  ['Human Resources', 0, 'talent acquisition|people operations|people ops|people partner|hr business partner|human resources|recruitment consultant|talent sourcing|talent partner|learning and development|l and d|ressources humaines|recursos humanos|employer branding|chief people|chief human|risorse umane|people and culture'],
  ['Human Resources', 1, 'recruiter|recruiters|recruiting|recruitment|sourcer|sourcers|headhunter|hrbp|chro|reclutador|reclutadora|recruteur|recruteuse|personalreferent|personalreferentin'],
  ['Human Resources', 2, 'hr|people|talent|personnel|personal|compensation|benefits|rh|rrhh|diversity|dei|learning|workforce|personalwesen'],
  ['Sales', 0, 'account executive|account executives|sales engineer|solutions engineer|solution engineer|solutions consultant|presales|pre sales|sales development|business development representative|business development rep|account manager|account director|key account|key accounts|strategic accounts|enterprise accounts|national accounts|relationship manager|insurance agent|insurance broker|inside sales|sales associate|retail sales|store manager|ingenieur commercial|ingenieur d affaires|charge d affaires|acct mgr|acct manager|account mgr|territory manager|sales consultant|chief revenue|chief commercial|chief sales'],
  ['Sales', 1, 'sdr|bdr|ae|salesperson|salesman|saleswoman|seller|cashier|merchandiser|vendedor|vendedora|vendeur|vendeuse|verkaufer|verkauferin|venditore|venditrice|cro'],
  ['Sales', 2, 'sales|revenue|commercial|comercial|commerciale|ventas|ventes|vente|vendas|vendite|store|retail|account|client|clients|territory|vertrieb|verkauf'],
  ['Business Development', 0, 'business development|biz dev|partner manager|partner managers|partnership manager|partnerships manager|corporate development|channel partner|strategic partnerships|alliance manager|chief business|new business'],
  ['Business Development', 1, 'bizdev|cbo'],
  ['Business Development', 2, 'partnerships|partnership|alliances|alliance|channel|channels'],
  ['Customer Success and Support', 0, 'customer success|client success|customer support|customer service|customer services|customer care|customer experience|client services|client service|support engineer|support specialist|support agent|support representative|technical support|tech support|technical account manager|implementation consultant|implementation manager|implementation specialist|call center|call centre|contact center|contact centre|atencion al cliente|servicio al cliente|service client|chief customer'],
  ['Customer Success and Support', 1, 'csm|kundenservice|kundenbetreuer|kundenbetreuerin'],
  ['Customer Success and Support', 2, 'support|customer|customers|implementation|onboarding|kunden'],
  ['Marketing', 0, 'product marketing|content marketing|growth marketing|digital marketing|performance marketing|partner marketing|social media|community manager|brand manager|brand ambassador|market research|demand generation|demand gen|lead generation|lead gen|media buyer|media buying|growth hacker|growth marketer|event coordinator|event manager|events manager|event planner|chief marketing|chief growth'],
  ['Marketing', 1, 'marketer|marketers|copywriter|copywriters|pmm|cmo'],
  ['Marketing', 2, 'marketing|mktg|growth|seo|sem|ppc|brand|branding|advertising|ecommerce|e commerce|lifecycle|crm|events|event|mercadeo|mercadotecnia|маркетинг'],
  ['Media and Communication', 0, 'public relations|press officer|technical writer|content writer|content strategist|video editor|copy editor|editor in chief|managing editor|internal communications|content creator|chief communications'],
  ['Media and Communication', 1, 'editor|editors|journalist|journalists|reporter|reporters|writer|writers|author|authors|producer|producers|translator|translators|interpreter|photographer|videographer|presenter|broadcaster|correspondent|columnist|blogger|podcaster|periodista|journaliste|redakteur|redakteurin|redacteur|redactrice|redactor|redactora|traductor|traductora|traducteur|traductrice|ubersetzer|ubersetzerin'],
  ['Media and Communication', 2, 'communications|communication|comms|pr|media|content|podcast|editorial|comunicacion|comunicacao|kommunikation'],
  ['Finance', 0, 'investment banking|private equity|venture capital|equity research|asset management|wealth management|capital markets|corporate finance|fp and a|portfolio manager|loan officer|claims adjuster|general partner|venture partner|investment partner|financial advisor|financial adviser|financial planner|investor relations|corporate banking|commercial banking|quantitative analyst|credit risk|chief financial|chief investment|chief risk'],
  ['Finance', 1, 'banker|bankers|trader|traders|actuary|actuaries|underwriter|underwriters|treasurer|cfo|quant|quants|financier'],
  ['Finance', 2, 'finance|financial|financials|treasury|investment|investments|investor|investors|banking|bank|credit|risk|actuarial|underwriting|insurance|claims|wealth|equity|fund|funds|vc|mortgage|lending|loan|loans|quantitative|finanzas|finanzen|financas|finanza|financiere|financieres|financiers|financiero|financiera|financeiro|financeira'],
  ['Accounting', 0, 'accounts payable|accounts receivable|chartered accountant|internal audit|expert comptable|tax advisor|tax adviser'],
  ['Accounting', 1, 'accountant|accountants|bookkeeper|bookkeeping|controller|comptroller|auditor|auditors|cpa|acca|contador|contadora|contable|comptable|buchhalter|buchhalterin|contabile|commercialista|steuerberater|steuerberaterin|wirtschaftsprufer|wirtschaftspruferin|boekhouder|revisor|бухгалтер'],
  ['Accounting', 2, 'accounting|accounts|audit|tax|taxation|payroll|billing|contabilidad|comptabilite|buchhaltung|contabilita'],
  ['Operations', 0, 'supply chain|chief of staff|general manager|gerente general|sales operations|sales ops|revenue operations|business operations|health and safety|health safety|six sigma|continuous improvement|process improvement|operational excellence|plant manager|air traffic controller|chief operating|chief operations'],
  ['Operations', 1, 'dispatcher|dispatchers|coo|gm|foreman|bizops|revops'],
  ['Operations', 2, 'operations|operation|ops|operating|logistics|logistic|logistica|logistique|logistik|warehouse|fleet|production|manufacturing|plant|facilities|facility|maintenance|hse|ehs|lean|shift|distribution|transport|transportation|shipping|inventory|fulfillment|fulfilment|sustainability|operaciones|operacoes'],
  ['Purchasing', 0, 'category manager|strategic sourcing|purchasing agent'],
  ['Purchasing', 1, 'buyer|buyers|purchaser|acheteur|acheteuse|comprador|compradora|einkaufer|einkauferin'],
  ['Purchasing', 2, 'procurement|purchasing|sourcing|supplier|suppliers|vendor|vendors|compras|achats|acquisti|einkauf'],
  ['Legal', 0, 'general counsel|legal counsel|of counsel|law clerk|data protection|privacy officer|regulatory affairs|intellectual property|chief legal|chief compliance|contract manager'],
  ['Legal', 1, 'lawyer|lawyers|attorney|attorneys|counsel|paralegal|paralegals|solicitor|solicitors|barrister|notary|notaire|notario|jurist|juriste|abogado|abogada|avocat|avocate|advogado|advogada|avvocato|avvocata|advocaat|rechtsanwalt|rechtsanwaltin|esq|clo|judge|magistrate|юрист'],
  ['Legal', 2, 'legal|law|compliance|regulatory|kyc|aml|litigation|privacy|contracts|juridique|juridico|juridica|recht'],
  ['Education', 0, 'teaching assistant|teaching fellow|head teacher|academic advisor|professeur des ecoles|career services'],
  ['Education', 1, 'teacher|teachers|professor|professors|prof|lecturer|lecturers|tutor|tutors|instructor|instructors|educator|educators|dean|headteacher|headmaster|headmistress|librarian|provost|rector|chancellor|lehrer|lehrerin|professeur|professeure|profesor|profesora|professora|docente|maestro|maestra|enseignant|enseignante|insegnante|leraar|lerares|docent|nauczyciel|nauczycielka|учитель|преподаватель'],
  ['Education', 2, 'education|school|teaching|academic|faculty|curriculum|admissions|educacion|enseignement|educacao'],
  ['Research', 0, 'research scientist|research fellow|research assistant|research associate|research intern|clinical research|clinical data|clinical trial|clinical trials|principal investigator|phd candidate|phd student|phd researcher|doctoral candidate|doctoral researcher|postdoctoral|post doc|lab technician|laboratory technician|research analyst|policy analyst|policy advisor|policy adviser|policy officer|chief scientist|chief economist'],
  ['Research', 1, 'researcher|researchers|scientist|scientists|postdoc|statistician|economist|biologist|chemist|physicist|mathematician|investigador|investigadora|chercheur|chercheuse|forscher|forscherin|ricercatore|ricercatrice|pesquisador|pesquisadora|onderzoeker|исследователь'],
  ['Research', 2, 'research|r and d|science|sciences|lab|laboratory|policy|scientific|phd|recherche|investigacion|forschung'],
  ['Arts and Design', 0, 'ux researcher|ux research|user researcher|user research|art director|creative director|visual merchandiser|service design|product design|product designer'],
  ['Arts and Design', 1, 'designer|designers|illustrator|animator|artist|artists|musician|actor|actress|dancer|singer|disenador|disenadora|designerin|graphiste|дизайнер'],
  ['Arts and Design', 2, 'design|ux|ui|creative|graphic|graphics|art|arts|visual|motion|diseno'],
  ['Real Estate', 0, 'real estate|estate agent|property manager|property management|property developer|leasing consultant|leasing agent|agent immobilier'],
  ['Real Estate', 1, 'realtor|realtors|appraiser|appraisers|corretor|corretora'],
  ['Real Estate', 2, 'property|properties|realty|leasing|immobilier|immobilien|inmobiliaria|inmobiliario|imobiliaria|imobiliario|immobiliare'],
  ['Military and Protective Services', 0, 'police officer|security officer|security guard|correctional officer|law enforcement|air force|armed forces|physical security|fire fighter|intelligence officer|marine corps'],
  ['Military and Protective Services', 1, 'soldier|soldiers|firefighter|firefighters|policeman|policewoman|detective|sergeant|lieutenant|colonel|corporal|guard|bodyguard|policia|bombero|gendarme|soldat'],
  ['Military and Protective Services', 2, 'security|army|navy|military|militar|defense|defence|police|infantry|usmc|marines|intelligence'],
  // A veteran served; the current job is named elsewhere in the title ("Navy Veteran | Logistics Lead").
  ['Military and Protective Services', 4, 'veteran|veterans'],
  ['Community and Social Services', 0, 'social worker|social work|social services|case worker|case manager|volunteer coordinator|volunteer manager|community organizer|community outreach|development officer|youth worker|trabajador social|trabajadora social|assistante sociale|assistant social'],
  ['Community and Social Services', 1, 'caseworker|counselor|counselors|counsellor|counsellors|fundraiser|fundraisers|pastor|chaplain|clergy|priest|sozialarbeiter|sozialarbeiterin'],
  ['Community and Social Services', 2, 'nonprofit|non profit|ngo|charity|fundraising|grants|grant|philanthropy|outreach|youth|social|community|advocacy|humanitarian'],
  ['Healthcare Services', 0, 'registered nurse|nurse practitioner|physical therapist|occupational therapist|medical assistant|medical director|medical science liaison|personal trainer|pharmacy technician|dental hygienist|resident physician|chief medical|chief nursing'],
  ['Healthcare Services', 1, 'nurse|nurses|rn|lpn|physician|physicians|doctor|doctors|surgeon|surgeons|dentist|pharmacist|physiotherapist|physio|therapist|psychologist|psychiatrist|psychotherapist|clinician|paramedic|emt|midwife|caregiver|radiologist|radiographer|sonographer|optometrist|optician|veterinarian|dietitian|nutritionist|hygienist|anesthesiologist|cardiologist|pediatrician|oncologist|dermatologist|cno|infirmier|infirmiere|enfermero|enfermera|enfermeiro|enfermeira|infermiere|infermiera|verpleegkundige|krankenschwester|krankenpfleger|krankenpflegerin|arzt|arztin|medecin|medico|medica|pharmacien|pharmacienne|farmaceutico|farmaceutica|apotheker|fisioterapeuta|psicologo|psicologa|psychologue|врач|медсестра'],
  ['Healthcare Services', 2, 'medical|clinical|clinic|health|healthcare|hospital|patient|patients|nursing|pharmacy|dental|surgical|care|sante|salud|saude|pflege'],
  ['Administrative', 0, 'executive assistant|administrative assistant|admin assistant|personal assistant|office manager|office administrator|virtual assistant|data entry|front desk|office assistant|exec assistant|administrative officer'],
  ['Administrative', 1, 'receptionist|receptionists|secretary|secretaries|ea|secretaria|secretario|secretaire|recepcionista'],
  ['Administrative', 2, 'administrative|admin|administration|administrativo|administrativa|administratif|verwaltung'],
  // A clerk works in the field a department word names ("Accounts Payable Clerk", "Bank Clerk"); otherwise, before O*NET
  // reads a workplace into it ("Ward Clerk"), an office clerk.
  ['Administrative', 3, 'clerk|clerks'],
  // A Sachbearbeiter (case officer) works in the field the title names ("Sachbearbeiterin Kreditorenbuchhaltung"); alone, an office clerk.
  ['Administrative', 4, 'sachbearbeiter|sachbearbeiterin|assistant|assistants|administrator|administrators|office|asst|assistente|asistente|assistent|assistentin'],
  ['Consulting', 0, 'management consultant|strategy consultant|engagement manager|business analyst|business analysts|analista de negocios'],
  ['Consulting', 1, 'consultant|consultants|consultor|consultora|consultante|consulente|консультант'],
  ['Consulting', 2, 'consulting|advisory|consultancy|conseil|beratung|consultoria'],
  // "Berater" is an adviser as often as a consultant: the field it names decides ("Finanzberaterin" is Finance).
  ['Consulting', 4, 'advisor|advisors|adviser|advisers|adviseur|strategy|strategic|conseiller|conseillere|berater|beraterin'],
  ['Entrepreneurship', 1, 'ceo|chief executive|co ceo|entrepreneur|entrepreneurs|serial entrepreneur|solopreneur|entrepreneur in residence|eir|business owner|pdg|directeur general|directrice generale|director general|directora general|direttore generale|diretor geral|diretora geral|verkstallande direktor|toimitusjohtaja|генеральный директор|geschaftsfuhrer|geschaftsfuhrerin|geschaeftsfuehrer|geschaeftsfuehrerin|president directeur general'],
  ['Entrepreneurship', 3, 'founder|founders|cofounder|cofounders|co founder|co founders|owner|owners|co owner|proprietor|self employed|freelance|freelancer|founding partner|grunder|grunderin|fondateur|fondatrice|fundador|fundadora|cofundador|cofundadora|fondatore|oprichter|inhaber|inhaberin|eigenaar|startup|основатель'],
  ['Entrepreneurship', 4, 'president|presidente|prasident'],
  ['Real Estate', 4, 'broker|brokers'],
  ['Media and Communication', 4, 'press'],
  ['Community and Social Services', 4, 'volunteer|volunteers|volunteering'],
];

/** Pieces of compound words and of scripts written without spaces: "Softwareentwickler", "Vertriebsleiter", "软件工程师". */
export const FUNCTION_INFIXES: readonly FunctionClue[] = [
  ['Engineering', 1, 'entwickler|ingenieur|工程师|工程師|エンジニア|엔지니어|开发|開発|程序员|プログラマ|개발자'],
  ['Program and Project Management', 1, 'projektleit|projektmanag|projektled|项目经理|項目經理|プロジェクトマネージャー'],
  ['Product Management', 0, '产品经理|產品經理|プロダクトマネージャー|プロダクトオーナー'],
  ['Sales', 2, 'vertrieb|verkauf|продаж|销售|銷售|営業|영업|sprzedaz'],
  ['Customer Success and Support', 2, 'kunden'],
  ['Human Resources', 1, 'personalreferent|personalentwick|人事|人力资源'],
  ['Purchasing', 2, 'einkauf|采购|購買'],
  ['Legal', 1, 'anwalt|律师|律師|弁護士'],
  ['Accounting', 1, 'buchhalt|steuerberat|wirtschaftsprufer|会计|会計'],
  ['Healthcare Services', 1, 'arzt|krankenpfleg|pflegefach|护士|医生|医师|看護師|医師'],
  ['Education', 1, 'lehrer|教师|教師'],
  ['Research', 1, 'forscher|wissenschaftler|研究员|研究員'],
  ['Arts and Design', 1, 'gestalter|设计师|設計師|デザイナー'],
  ['Marketing', 2, '市场营销|マーケティング'],
  ['Consulting', 1, '咨询|コンサルタント'],
  ['Administrative', 1, 'sachbearbeit|sekretar'],
  ['Entrepreneurship', 1, 'geschaftsfuhr|geschaeftsfuehr|首席执行官|社長|代表取締役'],
  ['Entrepreneurship', 3, '创始人|創始人|創業者'],
  // Everyday jobs in Japanese and Chinese: care, schools, kitchens, trades, shops, guards and offices.
  ['Healthcare Services', 1, '看護|薬剤師|药剂师|藥劑師|药师|藥師|介護|护理|護理|歯科|牙医|牙醫|理学療法|助産'],
  ['Education', 1, '保育|幼稚園|幼儿园|幼兒園|教諭|老师|老師|讲师|講師|教员|教員'],
  ['Operations', 1, '調理|厨师|廚師|料理人|シェフ|コック|美容師|理容|美发|美髮|電気工事|电工|電工|溶接|焊工|運転手|ドライバー|司机|司機|配達|配送|快递|快遞|外卖|外賣|服务员|服務員|ウェイター|清洁|清潔|清掃|保洁|保潔|仓管|作業員|普工|大工|木工'],
  ['Operations', 2, '仓库|倉庫|物流|工場|工厂|工廠|製造|生产|生產|厨房|廚房|キッチン'],
  ['Sales', 1, '販売員|销售代表|銷售代表|レジ|收银|收銀|店员|店員|营业员|營業員|导购|導購'],
  ['Sales', 2, '販売'],
  ['Military and Protective Services', 1, '警察|消防|警備|保安|警卫|警衛|军人|軍人|自衛官|士兵'],
  ['Administrative', 1, '秘書|秘书|文员|文員|前台|受付'],
  ['Administrative', 2, '事務'],
  ['Accounting', 1, '出纳|出納|経理|审计|審計|税理士|会計士'],
  ['Legal', 1, '法務|法务|司法書士|行政書士'],
  ['Human Resources', 1, '招聘|採用'],
  ['Customer Success and Support', 1, '客服|カスタマーサポート|カスタマーサクセス'],
  ['Media and Communication', 1, '翻訳|翻译|翻譯|通訳|记者|記者|编辑|編集|編輯'],
];

/** Rank phrases that would otherwise read as a field ("equity partner" is not Finance, "chef d'équipe" is not a cook). */
export const NEUTRAL_PHRASES =
  'equity partner|salaried partner|chef de|chef d|chef du|chef des|cheffe de|head of department|department head|vice president|' +
  'assistant vice president|associate vice president|asst vice president|assistant vp|associate vp|assistant manager|asst manager|' +
  'assistant director|asst director|assistant general counsel|vice presidente|vice chair|fur|public servant|class of|conseil d administration|' +
  // "Employé" says someone is employed, not where: never a cognate of "employee" (Human Resources).
  'employe|employee|employes|employees|empleado|empleada|empregado|empregada|' +
  // A commissaire or commissaris holds an office (police, audit, board) that the rest of the title names; never a commis cook.
  'commissaire|commissaris|' +
  // Civil servants of any rank name no function (docs/title-labelling.md); their adjectives are not fields either.
  'fonction publique hospitaliere|fonction publique territoriale|fonction publique|fonctionnaire territoriale|fonctionnaire territorial|dipendente pubblico|dipendente pubblica|funcionario publico|funcionaria publica|servidora publica';
