// Ordered seniority rules over a normalized title (see normalize-title.ts): the first rule that matches decides.
//
// Conventions (docs/title-labelling.md is the labelling guide for every title set; change both together):
// - A plain title with no rank word is Entry ("Software Engineer", "Nurse", "Physician"), as LinkedIn does: Entry means
//   "no rank stated", not a judgment of experience. Roman II is Entry, III and above Senior ("Sr. Software Engineer II" is Senior).
// - Senior: senior/sr/snr, lead, principal, staff engineer/designer/..., distinguished, architects, counsel and Of Counsel,
//   professors and associate professors (assistant professors and lecturers are Entry), attending physicians, stand-alone
//   advisors ("Advisor", "Board Advisor"; "Policy Advisor" is a plain title), Chief of Staff (a senior individual
//   contributor, not CXO), Art Director (a craft rank; Creative Director is a Director), Entrepreneur in Residence.
// - "X Manager" where X is what is managed rather than a team — product, project, program, account, customer/client
//   success, relationship, portfolio, partner(ships), brand, product/content/growth/digital marketing, social media,
//   community, case, category, territory, business development — is an individual contributor: Senior; Entry with
//   junior/associate/assistant ("Associate Product Manager"); Manager as "Group Product Manager" or "Manager, X". Product
//   Owner counts as Product Manager. Translations follow ("Chef de projet", "Projektleiter", "产品经理": Senior).
// - Manager: every other manager (Engineering, Sales, Marketing, Store, Senior Manager), supervisors, team leads,
//   controllers, managing editors, sous chefs, and Gerente/Jefe/Responsable/Chef de/Kierownik; a team's, shift's or
//   site's Leiter (Teamleiter, Schichtleiter, Bauleiter).
// - Director: director, head of, General Manager, dean, head teacher, General Counsel, "Chief Architect/Scientist/Actuary",
//   a department's Leiter (Vertriebsleiterin, Leiter Personal, Abteilungsleiter), Chefarzt,
//   Editor-in-Chief, Associate Partner (a rank below partner), Directeur/Directora/部長/总监.
// - VP: VP/SVP/EVP/Vice President, and Managing Director (the banking and consulting rank, most MDs on LinkedIn).
//   Assistant/Associate Vice President (AVP, a banking middle rank) is Senior; a banking Associate is Entry.
// - CXO: Chief X Officer, CEO/CTO/..., President, Chair, board members, trustees and non-executive directors, and the
//   words that mean CEO: Geschäftsführer (the managing director of a GmbH runs it), PDG/Directeur général, Director
//   General, Vorstand, Verkställande direktör, 社長.
// - Partner: a partnership rank — Partner alone, "Partner at X", Managing/General/Senior/Equity/Venture/Audit/Tax Partner,
//   associé(e), socio. A partner as counterpart is not (HR/Talent/Business Partner, Partner Manager, Partner Engineer).
// - Owner: founders, co-founders, owners, proprietors, self-employed, freelancers, independent consultants; beats every
//   other rank ("Founder & CTO" is Owner). Product/Process Owner are not owners; Founding Engineer is Senior.
// - Training: intern, trainee, apprentice, working student, students, PhD and MBA candidates, residents. Unpaid: volunteers.
// - Unknown: no title, not a title ("Open to work"), only a past role ("Former CEO"), retired or veteran.
// - Ignored: the employer after "at"/"@", "ex-"/"former" segments, the boss in "Assistant to the CEO".
// Function conventions are at the top of function-rules.ts.
import { foldPattern } from './normalize-title.ts';
import type { Seniority, Unknown } from './linkedin-taxonomy.ts';

export interface SeniorityRule {
  seniority: Seniority | Unknown;
  /** Why this rule decides, shown with the words that matched. */
  why: string;
  pattern: RegExp;
  /** Only for scripts written without spaces: skipped for plain ASCII titles, which cannot match. */
  nonAscii?: true;
}

/** Words joined as alternatives; each must stand as whole words in the padded text. */
function words(...alternatives: string[]): RegExp {
  return new RegExp(` (?:${foldPattern(alternatives.join('|'))})(?= )`);
}

/** For scripts written without spaces (Chinese, Japanese, Korean): substrings anywhere. */
function inside(...alternatives: string[]): RegExp {
  return new RegExp(`(?:${foldPattern(alternatives.join('|'))})`);
}

/** What a manager manages when it is not a team: "Product Manager" is an individual contributor. */
export const IC_MANAGED =
  'product|project|projects|program|programme|account|accounts|acct|customer success|client success|partner success|success|' +
  'relationship|relationships|portfolio|partner|partners|partnerships|partnership|alliance|alliances|brand|product marketing|' +
  'content marketing|growth marketing|digital marketing|lifecycle marketing|field marketing|partner marketing|' +
  'performance marketing|channel marketing|online marketing|social media|community|case|category|territory|business development|bizdev|' +
  'wealth|investment|fund|funds|contract|contracts|partner development|business developer|bus dev|projektovy|projektova|produktovy|produktova';
const MANAGER_WORD = 'manager|managers|mgr|mngr|managerin|manazer|manazerka';
const IC_TRANSLATIONS =
  'chef de projets?|cheffe de projets?|chef de produits?|jefe de proyectos?|jefa de proyectos?|jefe de producto|' +
  'gerente de projetos?|gerente de proyectos?|gerente de producto|gerente de produto|gerente de cuentas?|gerente de contas?|' +
  'responsable de projets?|responsabile di progetto|kierownik projektu|projektleiter|projektleiterin|projectleider|' +
  'projektledare|projektleitung|projektmanager|projektmanagerin|projectmanager|product owners?|produktowner|produktagare|capo progetto|' +
  'menedzer projektu|menedzerka projektu|menedzer produktu|menedzerka produktu|' +
  'gestor de projetos?|gestora de projetos?|gestor de proyectos?|gestora de proyectos?|gestor de productos?|gestora de productos?|gestor de produtos?|' +
  'projektleder|prosjektleder|projektovy manazer|projektova manazerka|proje yoneticisi|projektipaallikko|urun yoneticisi|proje muduru|urun muduru|asiakkuuspaallikko|tuotepaallikko';
const IC_TRANSLATIONS_INSIDE = '产品经理|產品經理|项目经理|項目經理|プロダクトマネージャー|プロジェクトマネージャー';
const TEAM_LEITER = 'beg|reise|projekt|team|schicht|bau|lager|filial|gruppen|kolonnen|werkstatt|kuchen|stations|teil|abschnitts|objekt|markt';
/** German and Dutch compounds for individual-contributor managers ("Produktmanagerin"). */
const IC_COMPOUND = 'produkt|product|projekt|project|account|programm|program|keyaccount';
/** Spelled out whole, so the rule's words can be read from its pattern (seniority-gate.ts). */
const IC_COMPOUND_WORDS = IC_COMPOUND.split('|').flatMap((stem) => [`${stem}manager`, `${stem}managerin`]).join('|');
const BOARD_QUALIFIER = '(?<!advisory )';
const PARTNER_QUALIFIERS =
  'managing|general|senior|junior|equity|salaried|non equity|fixed share|name|venture|operating|limited|audit|tax|advisory|' +
  'consulting|deal|engagement|investment|executive|global|lead|full|office managing|country managing|regional managing|' +
  'litigation|corporate|ip|transactional|co managing|deputy managing|national managing|client service|practice|investing';

export const SENIORITY_RULES: readonly SeniorityRule[] = [
  { seniority: 'Unknown', why: 'not a current role', pattern: words('retired|retiree|pensioner|pensionista|homemaker|pensionado|pensionada|jubilado|jubilada|retraite|retraitee|rentner|rentnerin|' +
      'elakkeella|ruhestand|im ruhestand|pensioniert|pensionierter|pensionierte|pensionierten|aposentado|aposentada|gepensioneerd|pensjonist|pensjonert|pensionar|emekli|elakelainen|' +
      'emeryt|emerytka|emerytowany|emerytowana|duchodce|duchodkyne|pensionato|pensionata|in pensione') },
  {
    seniority: 'Unpaid',
    why: 'volunteer or unpaid',
    pattern: words(
      'unpaid|volunteering|pro bono|special constable|frivillig|frivilligt|vapaaehtoinen|dobrovolnik|dobrovolnice|wolontariusz|wolontariuszka|gonullu|benevole|ehrenamtlich|ehrenamtliche|ehrenamtlicher|freiwilliger|freiwillige|voluntario|voluntaria|vrijwilliger|volontaire|volontario|volontaria',
      'volunteer(?! (?:coordinator|manager|management|program|programs|programme|engagement|services|recruiter|recruitment|lead|officer|relations|director|supervisor|specialist|administrator)(?= ))',
    ),
  },
  {
    seniority: 'Training',
    why: 'intern, trainee, apprentice or student',
    pattern: words(
      'interns?(?! (?:program|programme|coordinator|recruiter|recruiting)(?= ))|internship(?! (?:program|programme|coordinator|manager|recruiter)(?= ))',
      'trainee|trainees|apprentice|apprenticeship|working student|werkstudent|werkstudentin|praktikant|praktikantin|stagiaire|stagiair|stagista',
      'tirocinante|praticante|becario|becaria|pasante|estagiario|estagiaria|practicante|aprendiz|apprenti|apprentie|alternant|alternante|alternance',
      'auszubildende|auszubildender|azubi|co op|summer analyst|summer associate|summer intern|phd candidate|phd student|phd researcher',
      'doctoral candidate|doctoral student|mba candidate|mba student|doktorand|doktorandin|doctorant|doctorante|doctorando|doctoranda|residency',
      'praktykant|praktykantka|stazysta|stazystka|referendar|referendarin|rechtsreferendar|rechtsreferendarin|volontar|volontarin|doktorant|doktorantka|predoctoral|predoctorales',
      'promovendus|bolsista|duale studentin|dualer student|duale student|leerling|assistenzarzt|assistenzarztin|specialty registrar|specialist registrar',
      'ausbildung zum|ausbildung zur|in ausbildung|stajyeri|\\S+(?:laerling|larling)|rezydent|rezydentka|pupil barrister|pupillage|aplikant|aplikantka|stajyer|promovenda|koncipient|koncipientka|praktikum|stage de fin d etudes|en stage',
      'practicas|estagio|larling|laerling|i laere|stazista|stazistka|harjoittelija|doctoral researcher|doctoral fellow|cirak',
      // Italian and Finnish doctoral candidates.
      'dottorando|dottoranda|dottorandi|vaitoskirjatutkija',
      // Apprentices, trainees and students of a named trade in Italian, Romanian, German, Hungarian and Indonesian; a
      // student nurse or paramedic is on placement, not yet qualified.
      'apprendista|stagiar|stagiara|ucenic|ucenica|lehrling|gyakornok|magang|student nurse|student paramedic|student midwife|student teacher|student social worker',
      '(?:medical |surgical |psychiatry |pediatric )?resident(?= physician| doctor| surgeon| \\|| $| in )',
      '(?:student|students|studentin|estudiante|etudiant|etudiante|estudante|studente|студент|студентка)(?= \\|| $| in | of | de | en | em | di | der )',
    ),
  },
  { seniority: 'Training', why: 'intern or trainee', pattern: inside('实习|實習|インターン|研修生|인턴|стажер|стажерка|практикант'), nonAscii: true },
  {
    seniority: 'Owner',
    why: 'founder, owner or self-employed',
    pattern: words(
      '(?:co )?founders?(?! associate| office| s office)(?= )|cofounders?|founding partner|founding member|mitgrunder|mitgrunderin|grunder|grunderin',
      '(?<!(?:product|process|service|data|risk|system|systems|application|platform|control|technical|content|feature|domain|budget|asset|solution|account|program|project|course|policy|business process) )(?:co )?owners?',
      'proprietor|proprietress|sole proprietor|sole trader|self employed|selfemployed|freelance|freelancer|freelancing|independent consultant',
      'independent contractor|entrepreneur(?! in residence)|entrepreneurs|solopreneur|inhaber|inhaberin|fondateur|fondatrice|cofondateur|cofondatrice',
      'co fondateur|co fondatrice|fundador|fundadora|cofundador|cofundadora|co fundador|co fundadora|fondatore|cofondatore|oprichter|mede oprichter',
      'eigenaar|proprietaire|propietario|propietaria|dueno|duena|empresario|empresaria|autonomo|autonoma|selbststandig|selbstandig|selbststandiger',
      'selbstandiger|freiberufler|freiberuflerin|zzp|zzper|auto entrepreneur|dono|titolare|zelfstandig|contractor|contractors|landlord|landlady|firmeninhaber|firmeninhaberin|unternehmer|unternehmerin',
      'chef d entreprise|cheffe d entreprise|emprendedor|emprendedora|empreendedor|empreendedora|imprenditore|imprenditrice',
      'createur d entreprise|creatrice d entreprise|eigenaresse|geschaftsinhaber|geschaftsinhaberin|selbststandige|independant|independante',
      'grundare|delagare|foretagare|egenforetagare|wlasciciel|wlascicielka|wspolwlasciciel|wspolwlascicielka|zalozyciel|zalozycielka|przedsiebiorca',
      'independent (?:financial |mortgage |insurance )?(?:advisor|adviser)|основатель|основательница|соучредитель|учредитель|владелец|владелица',
      'mitinhaber|mitinhaberin|majitel|majitelka|spolumajitel|spolumajitelka|sahibi|kurucu|kurucusu|serbest|pigiste|libero professionista|libera professionista',
      'liberal(?= \\|| $)|freiberufliche|freiberuflicher|freiberuflich|autoentrepreneur|micro entrepreneur|proprietario|proprietaria|yrittaja|yksityisyrittaja',
      'grootaandeelhouder|dga|eier|medeier|indehaver|medindehaver|innehavare|stifter|medstifter|grundlaegger|medgrundlaegger|perustaja|zakladatel|zakladatelka|spoluzakladatel|osvc|selvstaendig|selvstendig',
    ),
  },
  { seniority: 'Owner', why: 'founder or owner', pattern: inside('创始人|創始人|创办人|創辦人|創業者|オーナー|창업자'), nonAscii: true },
  {
    seniority: 'Partner',
    why: 'partnership rank',
    pattern: new RegExp(`(?<=^ |\\| )(?:(?:${PARTNER_QUALIFIERS}) )*(?:partners?|partnerin)(?= \\| | $| and | in | of | with | for )|(?<= (?:and|und|et|y|e|en|och|og|i|ve|a) )(?:partner|partnerin)(?= \\| | $)`),
  },
  { seniority: 'Partner', why: 'partnership rank', pattern: words('ortak|wspolnik|wspolniczka|spolecnik|spolecnice|osakas|associe|associee|socio(?! (?:sanitario|sanitaria|sanitari|assistenziale|educativo|educativa|culturale)(?= ))|socia|socio director|socia directora|socio gerente|vennoot|gesellschafter|gesellschafterin') },
  {
    seniority: 'CXO',
    why: 'C-level, president or board',
    pattern: words(
      'chief (?:\\S+ ){1,4}officer|chief executive|ceo|cto|cfo|coo|cmo|cio|ciso|cpo|cro|cdo|chro|cco|cso|cxo|clo|cno|cao|cbo|cgo|caio|cpto|co ceo',
      '(?<!vice |vp |v |assistant vice |associate vice )(?:president|presidente|presidenta|prasident|prasidentin|praesident)|prezes',
      '(?<!vice |deputy )(?:chairman|chairwoman|chairperson|chair of the board|board chair|executive chair)|(?<=^ |\\| )(?:co )?chair(?= \\|| $)',
      `${BOARD_QUALIFIER}board members?|${BOARD_QUALIFIER}member of the board|board director|board of directors|${BOARD_QUALIFIER}board of trustees`,
      'non executive director|non exec director|nonexecutive director|ned|independent director|trustee|trustees|verwaltungsrat|verwaltungsratin',
      'aufsichtsrat|aufsichtsratin|vorstand|vorstandin|vorstandsvorsitzende|vorstandsvorsitzender|vorstandsmitglied|consejero|consejera',
      'geschaftsfuhrer|geschaftsfuhrerin|geschaeftsfuehrer|geschaeftsfuehrerin|pdg|president directeur general|directeur general|directrice generale',
      'director general|directora general|general director|direttore generale|direttrice generale|diretor geral|diretora geral|diretor presidente',
      'consejero delegado|consejera delegada|amministratore delegato|verkstallande direktor|toimitusjohtaja|administrerende direktor|generaldirektor|генеральный директор|президент',
      'shacho|shachou|daihyo torishimariyaku|conseil d administration|conseil de surveillance|yonetim kurulu|styrelseledamot|styrelseordforande|bestyrelsesmedlem',
      'bestyrelsesformand|styremedlem|styreleder|hallituksen jasen|hallituksen puheenjohtaja|clen predstavenstva|czlonek zarzadu|prezes zarzadu',
    ),
  },
  { seniority: 'CXO', why: 'C-level or president', pattern: inside('首席\\S*官|(?<!副)总裁|(?<!副)總裁|董事长|董事長|(?<!副)社長|代表取締役|会長|최고경영자|대표이사'), nonAscii: true },
  {
    seniority: 'VP',
    why: 'vice president or managing director',
    pattern: words(
      '(?<!assistant |associate |asst |assoc |assist )(?:vice president|vice presidente|vice presidenta|vp|vps)|vicepresident|vicepresidente|vicepresidenta',
      'vizeprasident|vizeprasidentin|vice chair|vice chairman|vice chairwoman|svp|evp|gvp|cvp|rvp|managing director|managing directors|вице президент',
    ),
  },
  { seniority: 'VP', why: 'vice president', pattern: inside('副总裁|副總裁|副社長'), nonAscii: true },
  {
    seniority: 'Director',
    why: 'director or head',
    pattern: words(
      '(?<!art )(?:director|directors)(?! de arte)|dir|directeur(?! artistique)|directrice(?! artistique)|directora(?! de arte)|diretor(?! de arte)|diretora(?! de arte)',
      'direttore(?! artistico)|direttrice(?! artistica)|direktor|direktorin|dyrektor|direktoru|reditel|reditelka|okul muduru|genel mudur|genel muduru|bucho|buchou',
      'vedouci (?:\\S+ )?(?:oddeleni|odboru|useku)|namestek|namestkyne|predseda predstavenstva|afdelingsleder|avdelingsleder|avdelingssjef|afdelingschef|avdelningschef|vedouci oddeleni|vedouci odboru|johtaja',
      'dyrektorka|директор|head(?! (?:chef|cook|nurse|coach|waiter|waitress|bartender|housekeeper|hunter|hunters|of household|of year)(?= ))|headteacher|headmaster',
      'headmistress|rektor|rektorin|dirigente|dirigente scolastico|general manager|gm|gerente general|dean|deans|provost|(?<!deputy |associate |assistant |asst )general counsel|associate partner',
      'chief (?!of staff|executive)\\S+|editor in chief|redacteur en chef|redactrice en chef|drh|general mgr|bereichsleiter|bereichsleiterin|hoofd|school principal|chefarzt|chefarztin',
      '(?<=^ |\\| )(?:leiter|leiterin|leitung)(?= \\S)',
    ),
  },
  // The compound words get their own rule, read only when a title holds "leit" or "directeur": scanning every word
  // for them would cost each title that holds a plain "director". A department's Leiter heads it ("Vertriebsleiterin",
  // "Leiter Personal"); a team's, a shift's or a site's is a Manager.
  { seniority: 'Director', why: 'director or head', pattern: words(`\\S+(?<!${TEAM_LEITER})(?:leiter|leiterin|leitung)|\\S+directeur|\\S+(?<!tyon)johtaja|\\S+hoofd`) },
  { seniority: 'Director', why: 'director or department head', pattern: inside('部長|部长|总监|總監|总经理|總經理|본부장|이사|ディレクター'), nonAscii: true },
  {
    seniority: 'Manager',
    why: 'manager of people',
    pattern: words(
      `(?<!(?:${IC_MANAGED}) )(?:${MANAGER_WORD})|group (?:product|program|programme) manager|gpm`,
      'supervisor|supervisors|superintendent|foreman|forewoman|foreperson|team lead|team leader|teamlead|teamleader|shift lead|shift leader',
      'crew leader|shift runner|executive housekeeper|chef cuisinier|chef cuisiniere|gobernanta|managing editor|(?<!traffic |project |inventory |stock )controller|comptroller|head (?:chef|cook|nurse|coach|waiter|waitress|bartender|housekeeper)|head of year',
      'capo cantiere|capo reparto|capo turno|caposquadra|capocantiere|caporeparto|capoturno|sous chef|sergeant|sergeants|sargento|sergent|sergente|feldwebel|charge nurse|ward sister|executive chef|exec chef|supv|capataz|polier|vorarbeiter|vorarbeiterin',
      'gerente(?! de (?:projetos?|proyectos?|producto|produto|cuentas?|contas?)(?= ))|jefe(?! de (?:proyectos?|producto)(?= ))|jefa(?! de (?:proyectos?|producto)(?= ))',
      'chefe(?! de projetos?(?= ))|chef (?:de|d|du|des)(?! (?:projets?|produits?|partie|rang)(?= ))|cheffe (?:de|d)(?! projets?(?= ))',
      'responsable(?! de projets?(?= ))|responsabile(?! di progetto(?= ))|kierownik(?! projektu(?= ))',
      '(?:gestor|gestora)(?! de (?:projetos?|proyectos?|productos?|produtos?)(?= ))|menedzher|менеджер|руководитель|начальник|encargado|encargada',
      'kacho|kachou|paallikko|osastonhoitaja|tyonjohtaja|ustabasi|amir|amiri|cadre de sante|oddzialowa|oddzialowy|oddzialowej|mestre de obras|encarregado|encarregada|uitvoerder|brygadzista|brygadzistka|mistr',
      'vedouci|sef|sefi|szef|szefowa|sorumlusu|sorumlu|(?<!proje |urun )(?:mudur|muduru)|gerant de|gerante de|supervisora|supervisoras|supervisore|schichtfuhrer|schichtfuhrerin|esimies|teamleder|tiiminvetaja',
    ),
  },
  // Compounds, in a rule of their own as for Director. German and Swedish compounds in -chef run a kitchen, a shop or
  // a unit ("Küchenchef", "Butikschef").
  {
    seniority: 'Manager',
    why: 'manager of people',
    pattern: words(`\\S+(?<!${IC_COMPOUND})manager(?:in)?|\\S*(?<!projekt|beg|reise)(?:leiter|leiterin|leitung)|\\S+chef|\\S+(?<!project|projekt|bege|op)leider|\\S+(?<!projekt|prosjekt|daglig)(?:leder|ledare)|\\S+(?<!projekti|asiakkuus|tuote)(?:paallikko|esimies)|\\S+sjef|\\S*ansvarlig`),
  },
  { seniority: 'Manager', why: 'manager', pattern: inside('(?<!产品|项目|產品|項目|总|總)经理|(?<!產品|項目|總)經理|(?<!プロダクト|プロジェクト)マネージャー|課長|主管|팀장|매니저'), nonAscii: true },
  {
    seniority: 'Senior',
    why: 'senior rank',
    pattern: words(
      'senior|seniors|sr|snr|lead(?! (?:generation|gen|generator|qualification|nurturing)(?= ))|principal|distinguished|technical fellow|senior fellow',
      'staff(?= (?:software|engineer|engineers|data|product|designer|design|scientist|developer|researcher|research|machine|ml|frontend|front|backend|back|full|fullstack|security|site|platform|infrastructure|ux|mobile|ios|android|analytics|applied|systems|technical|sre|swe|architect|cloud|devops|ai) )',
      'founding (?:engineer|designer|software|product|data|ml|ai|developer|scientist)|chief of staff|art director|art directors',
      '(?:assistant|associate|asst|assoc|assist) (?:vice president|vp)|avp|(?:associate|deputy|assistant|asst) general counsel',
      // Spanish and Portuguese "professor de história" is a schoolteacher; an adjunct professor is not a professor's rank.
      '(?<!assistant |asst |assistent |adjunct )(?:professor|professors|professorin)(?! (?:de|da|do|des)(?= ))|attending|entrepreneur in residence|eir|старший|ведущий',
      'kidemli|starszy|starsza|vanhempi|directeur artistique|directrice artistique|director de arte|directora de arte|diretor de arte|diretora de arte|direttore artistico|direttrice artistica',
      'oberarzt|oberarztin|overlaege|professori|catedratico|catedratica|captain|reader(?= in )|professeur des universites|master(?= (?:electrician|plumber|carpenter|mechanic|craftsman|builder|technician|baker|butcher|joiner|welder|gardener)(?= ))',
      'consultant(?= (?:anaesthetist|anesthetist|surgeon|physician|psychiatrist|radiologist|cardiologist|paediatrician|pediatrician|neurologist|obstetrician|gynaecologist|oncologist|dermatologist|haematologist|geriatrician|nurse|midwife|psychologist)(?= ))',
      '(?:iii|iv|v|vi|vii)(?= \\|| $)|(?<=(?:engineer|developer|sde|swe|analyst|scientist|designer|consultant|associate) )(?:3|4|5|6)(?= \\|| $)',
      '(?<=^ |\\| )(?:(?:strategic|board|startup|start up|executive|special|independent|industry|investor|external|senior|venture|trusted|business|technical) )?(?:advisor|adviser|adviseur|advisors|advisers|adviseurs)(?= \\|| $| to | for | and )',
      // Academic ranks above lecturer: Privatdozent, the Dutch hoofddocent, the Hungarian docens, the Spanish titular.
      'privatdozent|privatdozentin|hoofddocent|docens|profesor titular|profesora titular|assoc prof|associate prof',
      'smts|lmts|pmts|advisory board|advisory board member|member of the advisory board|(?<=^ |\\| )(?:of |special |senior |lead )?counsel(?= \\|| $)',
    ),
  },
  // Master craftsmen ("Tischlermeister", "Elektromeisterin"): compounds in a rule of their own, as for Director.
  { seniority: 'Senior', why: 'senior rank', pattern: words('\\S*(?<!haus)meister|\\S*(?<!haus)meisterin') },
  { seniority: 'Senior', why: 'senior rank', pattern: inside('高级|高級|資深|资深|(?<![\\u30a0-\\u30ff])シニア|시니어'), nonAscii: true },
  {
    seniority: 'Entry',
    why: 'junior, associate or assistant',
    pattern: words(
      'junior|juniors|jr|jnr|entry level|associate|associates|assoc|assistant|assistants|asst|graduate|grad|new grad|apm|asistente|assistente',
      'assistent|assistentin|auxiliar|ayudante|младший',
    ),
  },
  { seniority: 'Entry', why: 'junior', pattern: inside('初级|初級|ジュニア|주니어'), nonAscii: true },
  {
    seniority: 'Senior',
    why: 'individual-contributor "X Manager" (manages a product, project or account, not a team)',
    pattern: words(`(?:${IC_MANAGED}) (?:${MANAGER_WORD})|pm|pms|tpm|csm|pmm|${IC_TRANSLATIONS}|${IC_COMPOUND_WORDS}`),
  },
  { seniority: 'Senior', why: 'individual-contributor "X Manager"', pattern: inside(IC_TRANSLATIONS_INSIDE), nonAscii: true },
  { seniority: 'Senior', why: 'architect (a senior individual contributor)', pattern: words('architect|architects|architecte|arquitecto|arquitecta|arquiteto|arquiteta|architekt|architektin|arkitekt|architetto|architetta|arkkitehti|mimar') },
];

/** When no rule matches: a plain title names a job with no rank, which LinkedIn calls Entry. */
export const DEFAULT_SENIORITY: Seniority = 'Entry';
