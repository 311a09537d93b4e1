// Function clues of a third pass, written against title-dev-set-functions.ts: the field words that compounds and
// Romance titles lean on ("Kredit|sachbearbeiter", "Analista de Riesgos", "Consulente finanziario"), job nouns in the
// nine languages that the first two passes lacked, and the short forms people type ("Whse", "Acctg", "Mfg"). Tiers as in
// function-rules.ts. Listed once in their masculine or common form; the matcher derives feminine, plural and compound
// forms (function-matcher.ts).
import type { FunctionClue } from './function-rules.ts';
import type { JobFunction } from './linkedin-taxonomy.ts';

/**
 * The last part of a compound that says what kind of post it is but not in which field: "Bank|medewerker",
 * "Einkaufs|sachbearbeiterin", "Marknads|assistent", "Recruitment|consultant". The word before it decides.
 */
export const GENERIC_HEAD_WORDS =
  'medewerker|medewerkster|mitarbeiter|mitarbeiterin|medarbetare|sachbearbeiter|sachbearbeiterin|assistent|assistentin|' +
  'assistant|referent|referentin|kaufmann|kauffrau|fachkraft|fachangestellte|fachangestellter|angestellte|angestellter|' +
  'beauftragter|beauftragte|adviseur|berater|beraterin|konsult|konsultant|consultant|specialist|spezialist|spezialistin|' +
  'koordinator|koordinatorin|coordinator|handlaggare|radgivare|inspektor|inspektorin|kontrolleur|kontrolleurin|helfer|helferin|planer|planerin|analist|analytiker|officer|' +
  'expert|experte|expertin|deskundige|werker|betreuer|betreuerin|manager|managerin|chef|medarbejder|medarbeider|tyontekija|arbeider|arbejder|sjef|' +
  // Apprentices train in the trade the word before names ("Elektriker|lærling", "Koch|lehrling").
  'lehrling|leerling|larling|laerling|hulp|hilfe|apulainen|medhjaelper|medhjalper';

/**
 * A consultant who names one of these fields practises it: "Financial Consultant" and "Consulente finanziario" advise on
 * money, "Consultor Imobiliário" sells property, "Konsultant ds. wdrożeń" implements (docs/title-labelling.md: a
 * consultant is Consulting unless the word names another job). Every order the languages use is generated: "X
 * consultant", "consultant X", "consultor de X", "consultant en X", "konsultant ds X".
 */
const CONSULTANT_NOUNS = ['consultant', 'consultants', 'consultante', 'consulente', 'consultor', 'consultora', 'konsultant', 'konsultantka', 'konsult'];
const CONSULTANT_LINKS = ['', 'de ', 'di ', 'en ', 'em ', 'ds ', 'in ', 'do ', 'da ', 'del '];
const CONSULTANT_FIELDS: readonly (readonly [JobFunction, string])[] = [
  [
    'Finance',
    'financial|finance|financier|financiere|financiero|financiera|financeiro|financeira|finanziario|finanziaria|finanzas|financas|' +
      'investment|investments|investimenti|investimentos|inversiones|inversion|investissement|investissements|patrimonio|patrimoine|' +
      'patrimonial|mortgage|mortgages|hipotecario|hipotecaria|credito|credit|kredytowy|kredytowa|finansowy|finansowa|wealth|pensions|' +
      'seguros|assicurativo|assicurativa|insurance',
  ],
  ['Legal', 'legal|legale|juridico|juridica|juridique|prawny|prawna|juridisk|juridisch'],
  ['Real Estate', 'real estate|property|immobiliare|inmobiliario|inmobiliaria|imobiliario|imobiliaria|immobilier|nieruchomosci|vastgoed'],
  ['Human Resources', 'hr|rh|rrhh|recruitment|recruiting|recrutement|reclutamiento|recrutamento|reclutamento|rekrutacji|rekrytering|werving|executive search|seleccion|selecao|selezione'],
  ['Sales', 'sales|vendas|ventas|vendite|ventes|verkoop|sprzedazy'],
  ['Customer Success and Support', 'implementation|implementacion|implantacao|implementazione|wdrozen|wdrozenia|wdrozeniowy|onboarding'],
];

function consultantPhrases(fields: string): string {
  const phrases: string[] = [];
  for (const field of fields.split('|')) {
    for (const noun of CONSULTANT_NOUNS) {
      phrases.push(`${field} ${noun}`);
      for (const link of CONSULTANT_LINKS) phrases.push(`${noun} ${link}${field}`);
    }
  }
  return phrases.join('|');
}

export const FIELD_FUNCTION_CLUES: readonly FunctionClue[] = [
  ...CONSULTANT_FIELDS.map(([jobFunction, fields]): FunctionClue => [jobFunction, 0, consultantPhrases(fields)]),
  // Short forms and abbreviations, as typed in a 100-character headline.
  ['Operations', 2, 'whse|mfg|mfr|maint|elec|f and b|food and beverage|kaizen|obra|obras|betrieb|betriebs|producao|produzione|productie'],
  ['Accounting', 2, 'acctg|accts|acct payable|revision|kostenrechnung|plac|bokforing|lone'],
  ['Accounting', 0, 'ap clerk|ar clerk|ap specialist|ar specialist|ap analyst|ar analyst|ap accountant|ap and ar|ar and ap|financieel administrateur|financiele administratie'],
  ['Customer Success and Support', 2, 'cust|svc|complaints|complaint'],
  ['Customer Success and Support', 0, 'client experience|customer happiness|sucesso do cliente|sucesso de clientes|exito del cliente|succes client|obslugi klienta|obsluga klienta|kundendienst|sac|infolinii|infolinia'],
  ['Program and Project Management', 2, 'proj|projektow|projektu|projekty'],
  ['Program and Project Management', 0, 'release train|release train engineer'],
  ['Purchasing', 2, 'purch'],
  ['Business Development', 0, 'business developer|business developers|partner development|desarrollo de negocio|desarrollo de negocios|desarrollador de negocio|desarrollador de negocios|desenvolvimento de negocios|novos negocios|nuevos negocios|developpement commercial|sviluppo commerciale|bedrijfsontwikkeling|bedrijfsontwikkelaar|affarsutvecklare|affarsutveckling|rozwoju biznesu|rozwoj biznesu'],
  ['Business Development', 1, 'bd'],
  ['Business Development', 2, 'partnerschaft|partnerschaften|partenariat|partenariats|alianzas|parcerias'],
  ['Information Technology', 0, 'sys admin|sys admins|system admin|systems admin|network admin'],
  ['Information Technology', 1, 'sysadmins|systembeheerder|applicatiebeheerder|informaticus'],
  ['Human Resources', 1, 'hris'],
  ['Information Technology', 2, 'firewall|jamf|m365|o365|intune|sccm|citrix|vmware|active directory|servicenow'],
  ['Engineering', 0, 'dipl ing|directeur technique|directrice technique|director tecnico|directora tecnica|diretor tecnico|diretora tecnica|direttore tecnico|technischer leiter|technische leiterin|technisch directeur'],
  ['Engineering', 1, 'ing|landmeter|statiker|tragwerksplaner|geodeta|geodeet|lantmatare'],
  ['Engineering', 2, 'bi|maschinenbau|werktuigbouw|elektrotechnik|hochbau|tiefbau'],
  ['Quality Assurance', 0, 'auditor de calidad|auditora de calidad|auditeur qualite|auditor de qualidade|auditore qualita|auditor jakosci'],
  ['Quality Assurance', 2, 'gmp|kvalitet|jakosci|jakosc|qualita'],
  ['Legal', 1, 'dpo|rechtsreferendar|referendar|syndikus'],
  ['Legal', 2, 'datenschutz|sanctions|sanction'],
  ['Finance', 0, 'm and a|mergers and acquisitions'],
  ['Finance', 2, 'ib|riesgos|riscos|rischi|risques|portefeuille|cartera|carteira|krediet|kredyt|kredytowy|kredytowa|investimentos|inversiones|investimenti|investissement|hypotheek|hypothek|anlage|anlagen|bankowosc|vermogen'],
  ['Operations', 0, 'prevencion de riesgos|riesgos laborales|prevencao de riscos|seguranca do trabalho|securite au travail|prevention des risques|controleur aerien|controladora aerea|controlador aereo|controllore di volo|luchtverkeersleider|flygledare'],
  [
    'Operations',
    1,
    'akkerbouwer|zusteller|zustellerin|machinist|treinmachinist|verkehrspilot|pilot|pilote|piloto|pilota|copilote|copiloto|matrose|' +
      'kommissionierer|maskinoperator|metalurgico|metallbauer|murare|barkeeper|schornsteinfeger|geruestbauer|gerustbauer|fluglotse|' +
      'spedizioniere|transitario|capataz|polier|vorarbeiter|bauer|encargado de obra|deckhand|roustabout|bartender|sommelier',
  ],
  ['Marketing', 0, 'media planner|media planning|media buyer|influencer marketing|influencer relations'],
  ['Marketing', 1, 'marknadsforare|mercadologo|werbekaufmann|werbekauffrau'],
  ['Marketing', 2, 'marknad|marknads|marknadsforing|werbe|werbung|reklamy|reklama'],
  ['Media and Communication', 1, 'influencer|fotograaf|videomaker|tolk|dolmetscher|subtitler|captioner|redattore|presentador|presentadora|apresentador|presentatore|presentateur|presentatrice|rzecznik|vlogger|youtuber|podcaster|speechwriter|ghostwriter|screenwriter'],
  ['Media and Communication', 2, 'radio|tv|television|broadcast|broadcasting|prasowy|prasowa|prasy|redaktion|rundfunk'],
  ['Research', 1, 'doktorant|doktorantka|predoctoral|chemiker|biochemiker|physiker|mathematiker|okonom|chimiste|biochimiste|physicien|mathematicien|economiste|statisticien|biologiste|biologe|geologe|geologue|chercheur'],
  ['Research', 2, 'beleid'],
  [
    'Arts and Design',
    1,
    'violinist|cellist|guitarist|bassist|drummer|percussionist|saxophonist|flautist|organist|harpist|vocalist|pianist|' +
      'cantante|sanger|kunstenaar|beeldend kunstenaar|vormgever|bildhauer|komponist|composer|compositeur|choreographe|choreographer|' +
      'tanzer|choregraphe|typographer|actriz|atriz|styliste|stilista|kunstler|danseur|danseuse|bailarin|zanger|zangeres|sangerin',
  ],
  ['Real Estate', 1, 'syndic|vastgoedbeheerder'],
  ['Real Estate', 2, 'vastgoed|copropriete|immobilienverwaltung'],
  ['Military and Protective Services', 1, 'rettungsschwimmer|maitre nageur|bouncer|doorman|funkcjonariusz|bademeister'],
  ['Military and Protective Services', 2, 'cctv|straz|strazy|granicznej|graniczna'],
  ['Community and Social Services', 0, 'child protection|schuldnerberater|schuldnerberatung|donor relations'],
  ['Community and Social Services', 1, 'jeugdwerker|socionom|bewahrungshelfer|streetworker|mediador|mediadora|mediatrice|mediateur|boendestodjare|behandlingsassistent|sozialbetreuer|jugendbetreuer'],
  ['Community and Social Services', 2, 'jeugd|jugend|sucht|jeunesse|donor|donors'],
  ['Healthcare Services', 1, 'hca|audioprothesiste|orthopadietechniker|orthopedist|krankenpflegehelfer'],
  ['Healthcare Services', 2, 'orthopadie|orthopedie'],
  ['Education', 1, 'padagoge|grundschulpadagoge|grundschullehrer|lararassistent'],
  ['Education', 2, 'grundschule'],
  ['Administrative', 1, 'receptionniste|receptiemedewerker|baliemedewerker|receptionsmedarbetare|switchboard'],
  ['Administrative', 2, 'escritorio|receptie|balie|reception|zarzadu'],
  ['Administrative', 4, 'asystent|asystentka'],
  ['Human Resources', 0, 'administration du personnel|gestion du personnel'],
  ['Arts and Design', 0, 'design researcher|design research'],
  ['Research', 1, 'cra|cras'],
  ['Sales', 2, 'caisse'],
  ['Consulting', 0, 'analista de negocio|analyste metier|analyste fonctionnel|business analyse'],
  ['Consulting', 1, 'konsult|konsultant|konsultantka'],
  // "Doradca" is an adviser: the field it names decides, as for "advisor".
  ['Consulting', 4, 'doradca'],
  ['Entrepreneurship', 3, 'sole trader|eigenaresse|grundare|delagare|foretagare|egenforetagare|wlasciciel|wspolwlasciciel|zalozyciel|przedsiebiorca|geschaftsinhaber|createur d entreprise|creatrice d entreprise|imprenditrice'],
  // Fourth look: the long tail of trades and services in nine languages — farms, forests, fishing, mines, ships and
  // docks, beauty, funerals — military ranks, insurance claims and actuaries, pharma field sales, tax advisers.
  [
    'Operations',
    1,
    'fischwirt|fischer|fiskare|visser|pecheur|pescatore|rybak|bosbouwer|skogsarbetare|lesniczy|lesnik|forester|hodowca|vigneron|' +
      'enologo|oenologue|onologe|pferdewirt|palefrenier|tierwirt|bergmann|mineur|minero|mineiro|minatore|mijnwerker|gornik|' +
      'gruvarbetare|miner|schiffsfuhrer|stuurman|sjokapten|schipper|matelot|docker|estivador|stevedore|hafenarbeiter|longshoreman|' +
      'nagelstylist|nageldesigner|manicurist|kapster|bestatter|thanatopracteur|uitvaartverzorger|undertaker|mortician|embalmer|' +
      'begrafenisondernemer',
  ],
  ['Operations', 2, 'forst|skog|bosbouw|mining|bergbau|gruv|barco|statku|schiff|skepp|navire|windturbine|windturbinen|wind turbine|solar|photovoltaique|photovoltaik|fotovoltaica|placas solares|funeraria|funerario|pompes funebres'],
  ['Military and Protective Services', 1, 'adjudant chef|leutnant|oberleutnant|luitenant|porucznik|lojtnant|tenente|teniente|sargento|sergent|sergente|feldwebel|maresciallo|adjudant|hauptmann|kapitein|kapral|caporal|cabo|gefreiter|unteroffizier|oberst|zollinspektor'],
  ['Finance', 1, 'aktuar|aktuarin|actuaire|actuario|attuario|aktuariusz|skadereglerare|schadebehandelaar'],
  ['Finance', 2, 'sinistres|sinistre|siniestros|siniestro|sinistri|sinistro|szkod|skade|skador'],
  ['Sales', 0, 'visiteur medical|visiteuse medicale|visitador medico|visitadora medica|informatore scientifico|przedstawiciel medyczny|medisch vertegenwoordiger'],
  ['Sales', 1, 'vertreter|przedstawiciel|pharmareferent|lakemedelskonsulent'],
  ['Quality Assurance', 0, 'food safety|lebensmittelkontrolleur|lebensmittelkontrolle'],
  ['Accounting', 2, 'belasting|belastingen|podatkowy|podatkowa|podatki|skatt|skatte|fiscalite|fiscalidad'],
  ['Administrative', 0, 'etat civil'],
  ['Healthcare Services', 0, 'trener personalny|trenerka personalna'],
  ['Consulting', 4, 'radgivare'],
  ['Operations', 1, 'drucker|druckerin|imprimeur|tipografo|drukarz|tryckare|naherin|naher|costureira|sarta|tramwajarz|tramfahrer|spargvagnsforare|netzmonteur'],
  ['Operations', 2, 'druckerei|imprimerie|imprenta|tipografia|drukarnia|textil|textile|textiel|tekstylny'],
  ['Healthcare Services', 1, 'anasthesist|anasthesistin|anesthesiste|kinderarzt'],
  // Office words of the sixth batch (Polish, Swedish, Dutch, Portuguese, Italian).
  ['Engineering', 2, 'danych'],
  ['Engineering', 1, 'disegnatore|disegnatrice'],
  ['Sales', 0, 'inzynier sprzedazy|ingeniero de ventas|ingegnere commerciale|engenheiro de vendas|saljingenjor'],
  ['Sales', 2, 'salj'],
  ['Purchasing', 0, 'zamowien publicznych|public procurement|contratacion publica|marches publics'],
  ['Purchasing', 2, 'zamowien'],
  ['Information Technology', 0, 'functioneel beheerder|technisch beheerder'],
  ['Information Technology', 2, 'informatie'],
  ['Operations', 1, 'werkvoorbereider'],
  ['Operations', 2, 'cantiere'],
  ['Accounting', 2, 'faturamento|facturacion|fatturazione|facturation|fakturering|fakturowanie'],
  // English niche roles of the seventh batch.
  ['Operations', 0, 'customs broker|customs clearance|customs agent|demand forecaster|demand forecasting'],
  ['Operations', 1, 'croupier'],
  ['Sales', 0, 'travel agent|travel consultant|personal shopper|art dealer|antiques dealer|car dealer'],
  ['Marketing', 0, 'wedding planner|wedding coordinator'],
  ['Arts and Design', 1, 'jeweller|jeweler|glassblower|luthier|silversmith|goldsmith'],
  ['Finance', 2, 'esg'],
];
