// Finds the job function in a normalized title: rule clues by tier (function-rules.ts), then the O*NET fallback index.
import { FIELD_FUNCTION_CLUES, GENERIC_HEAD_WORDS } from './function-rules-fields.ts';
import { FUNCTION_CLUES, FUNCTION_INFIXES, NEUTRAL_PHRASES, type FunctionTier } from './function-rules.ts';
import { EUROPE_FUNCTION_CLUES } from './function-rules-europe.ts';
import { WORLD_FUNCTION_CLUES } from './function-rules-world.ts';
import { WIDER_WORLD_FUNCTION_CLUES } from './function-rules-wider-world.ts';
import { PROFESSION_FUNCTION_CLUES } from './function-rules-professions.ts';
import { UNKNOWN, type JobFunction, type Unknown } from './linkedin-taxonomy.ts';
import { foldTitleText } from './normalize-title.ts';
import { literalKeys } from './seniority-gate.ts';
import { SENIORITY_RULES } from './title-rules.ts';
import { ONET_PHRASES, ONET_WORDS } from './onet-titles.data.ts';
import { misspellingReader } from './misspelt-words.ts';
import { titleWordsOf, type Clue, type PhraseNode, type TitleWord, type WordFunction } from './title-word.ts';


export interface FunctionMatch {
  jobFunction: JobFunction | Unknown;
  reason: string;
}

/** Clues of this tier or stronger decide before the O*NET fallback is asked; weaker ones only after it. */
const LAST_RULE_TIER_BEFORE_ONET = 3;

const CLUES = new Map<string, Clue>();
/** Every phrase as a path of words from its first: the scan follows the title's words without building strings. */
const PHRASES = new Map<string, PhraseNode>();
const INFIXES: { piece: string; clue: Clue }[] = [];

function addClue(phrase: string, clue: Clue): void {
  if (CLUES.has(phrase)) return; // the first listing wins; a test keeps phrases from meaning two functions
  CLUES.set(phrase, clue);
  const parts = phrase.split(' ');
  let level = PHRASES;
  let node: PhraseNode | undefined;
  for (let i = 0; i < parts.length; i++) {
    node = level.get(parts[i]);
    if (node === undefined) level.set(parts[i], (node = {}));
    if (i < parts.length - 1) level = node.next ??= new Map();
  }
  node!.clue = clue;
}

for (const phrase of NEUTRAL_PHRASES.split('|')) addClue(phrase, { jobFunction: null, tier: -1, phrase });
for (const [jobFunction, tier, phrases] of [...FUNCTION_CLUES, ...WORLD_FUNCTION_CLUES, ...EUROPE_FUNCTION_CLUES, ...FIELD_FUNCTION_CLUES, ...WIDER_WORLD_FUNCTION_CLUES, ...PROFESSION_FUNCTION_CLUES]) {
  for (const raw of phrases.split('|')) {
    const phrase = foldTitleText(raw);
    addClue(phrase, { jobFunction, tier, phrase });
  }
}
for (const [jobFunction, tier, pieces] of FUNCTION_INFIXES) {
  for (const raw of pieces.split('|')) {
    const piece = foldTitleText(raw);
    INFIXES.push({ piece, clue: { jobFunction, tier, phrase: piece } });
    addClue(piece, { jobFunction, tier, phrase: piece });
  }
}
INFIXES.sort((a, b) => b.piece.length - a.piece.length);

const ONET_WORD = new Map<string, JobFunction>();
/** Two-word O*NET phrases by first word, then second: looked up without building a string per word pair. */
const ONET_PHRASE = new Map<string, Map<string, JobFunction>>();
for (const [jobFunction, list] of Object.entries(ONET_WORDS) as [JobFunction, string][]) {
  for (const word of list.split(' ')) ONET_WORD.set(word, jobFunction);
}
for (const [jobFunction, list] of Object.entries(ONET_PHRASES) as [JobFunction, string][]) {
  for (const phrase of list.split('|')) {
    const [first, second] = phrase.split(' ');
    let seconds = ONET_PHRASE.get(first);
    if (seconds === undefined) ONET_PHRASE.set(first, (seconds = new Map()));
    seconds.set(second, jobFunction);
  }
}

const PLAIN_WORD = /^[a-z0-9]+$/;

/** Compound words ("softwareentwickler") and unspaced scripts ("软件工程师"): the best-tier piece inside, longest first. */
function infixClue(token: string): Clue | undefined {
  if (token.length < 6 && PLAIN_WORD.test(token)) return undefined;
  let best: Clue | undefined;
  for (const { piece, clue } of INFIXES) {
    if ((best === undefined || clue.tier < best.tier) && token.includes(piece)) best = clue;
  }
  return best;
}

// Feminine and plural endings back to the form the tables list: German "-in"/"-innen", Swedish "-erska"/"-örska", Polish
// and Czech "-ka" and "-nice", Romance "-a", "-ora", "-eira", "-rice", "-euse", "-iere", "-ienne", "-ante", "-e", Dutch
// "-ster", English "-s". Each is tried only when the word itself is unknown, so a listed word is never reinterpreted.
const ENDINGS: readonly (readonly [from: string, to: string])[] = [
  ['innen', ''], ['in', ''], ['erska', 'are'], ['orska', 'or'], ['nice', 'nik'], ['ka', ''], ['ora', 'or'], ['eira', 'eiro'], ['rice', 'eur'], ['euse', 'eur'], ['iere', 'ier'], ['ienne', 'ien'],
  ['ante', 'ant'], ['ster', 'er'], ['a', 'o'], ['a', 'e'], ['e', ''], ['s', ''],
];

function singleWord(word: string): Clue | undefined {
  const clue = CLUES.get(word);
  return clue !== undefined && !clue.phrase.includes(' ') ? clue : undefined;
}

function baseForms(token: string): string[] {
  const forms: string[] = [];
  for (const [from, to] of ENDINGS) {
    if (token.length - from.length >= 3 && token.endsWith(from)) forms.push(token.slice(0, token.length - from.length) + to);
  }
  return forms;
}

/**
 * Job words that say what kind of post it is but not in which field — staff, clerk, assistant, adviser, specialist,
 * coordinator — as the last part of a German, Dutch or Swedish compound. Longest first, so "-mitarbeiterin" is not read
 * as "-in".
 */
const GENERIC_HEADS = GENERIC_HEAD_WORDS.split('|').sort((a, b) => b.length - a.length);
/** "Bank|medewerker": a field word before a generic head may be short. */
const MIN_GENERIC_MODIFIER = 4;

/** Shorter pieces are too often abbreviations or word endings ("prof" in "professional"). */
const MIN_PART = 5;
/** Shorter words are rarely compounds ("cuidados" is not "cui|dados"). */
const MIN_COMPOUND = 9;
/** English and Romance derivations end so; their endings are not job words ("trans|formation", "quant|ity"). */
const NOT_A_COMPOUND = /(?:tion|sion|ment|ness|ity|ing|ance|ence|ship|ism|olog(?:y|ie|ia|io|o|a|e|in)|ique|ismo|idad|idade|ites)$/;
/** What a piece must leave on the other side: "Bus|fahrer", "Brandweer|man", but not "di|rector". */
const MIN_REST = 3;

/**
 * German and Dutch compounds name the department first and the job last ("Vertriebs|leiter", "Netzwerk|administrator",
 * "Brandweer|man"): the longest known word the token ends with and the longest it starts with (a linking "s" dropped),
 * the stronger of the two deciding. Each piece leaves at least three letters on the other side
 * ("director" is not "di|rector"). Only for words no table and no O*NET title knows.
 */
function compoundClue(token: string): Clue | undefined {
  if (token.length < MIN_COMPOUND || !PLAIN_WORD.test(token)) return undefined;
  // "Bank|medewerker", "Kredit|sachbearbeiter", "Recruitment|consultant": a head that names no field leaves the field to
  // the word before it, however short, and however strong the head is alone. Asked before the derivation endings, as
  // an apprentice's head ends like one ("Elektriker|lærling").
  const genericAt = genericHeadStart(token);
  if (genericAt > 0) {
    const field = modifierClue(token, genericAt, MIN_GENERIC_MODIFIER);
    if (field !== undefined) return field;
  }
  if (NOT_A_COMPOUND.test(token)) return undefined;
  let head: Clue | undefined;
  for (let start = MIN_REST; start <= token.length - MIN_PART && head === undefined; start++) head = singleWord(token.slice(start));
  const modifier = modifierClue(token, token.length - MIN_REST, MIN_PART);
  if (head === undefined) return modifier;
  if (modifier === undefined) return head;
  // An engineer of quality, sales, support or networks does that work ("Kvalitets|ingenjör", "Vertriebs|ingenieur"), as
  // "quality engineer", "sales engineer", "support engineer" and "network engineer" do in English (function-rules.ts).
  if (head.jobFunction === 'Engineering' && modifier.jobFunction !== null && ENGINEER_OF.has(modifier.jobFunction)) return modifier;
  return modifier.tier < head.tier ? modifier : head;
}

const ENGINEER_OF = new Set<JobFunction>(['Quality Assurance', 'Sales', 'Customer Success and Support', 'Information Technology']);

/** The longest known word the token starts with, ending at `from` or before; a linking "s" dropped or a Swedish "e" restored ("Lärar|assistent"). */
function modifierClue(token: string, from: number, shortest: number): Clue | undefined {
  for (let end = from; end >= shortest; end--) {
    const left = token.slice(0, end);
    const clue =
      singleWord(left) ?? (left.endsWith('s') && end - 1 >= shortest ? singleWord(left.slice(0, -1)) : undefined) ?? (end >= MIN_PART ? singleWord(`${left}e`) : undefined);
    if (clue !== undefined) return clue;
  }
  return undefined;
}

/** Where a generic head the token ends with starts (-1 for none), leaving at least the shortest modifier before it. */
function genericHeadStart(token: string): number {
  for (const head of GENERIC_HEADS) {
    if (token.length - head.length >= MIN_GENERIC_MODIFIER && token.endsWith(head)) return token.length - head.length;
  }
  return -1;
}

// Cognates: "electricista", "veterinario", "logisticien" share their first letters with a word the tables or O*NET
// list ("electrician", "veterinarian", "logistics"). Prefixes of 6 to 10 letters of every known word point to its
// function when all the words sharing the prefix agree; an unknown word takes the function of its longest such prefix,
// at the founders' tier, so a real clue elsewhere in the title still decides.
const COGNATE_MIN = 6;
const COGNATE_MAX = 10;
/** At most this many letters may follow the shared prefix ("electric|ista", not "progra|mmeerbaar"). */
const COGNATE_TAIL = 6;
const COGNATE_TIER = 3;
const COGNATES = new Map<string, Clue | null>();

function addCognate(word: string, jobFunction: JobFunction): void {
  if (!PLAIN_WORD.test(word)) return;
  for (let length = COGNATE_MIN; length <= Math.min(COGNATE_MAX, word.length); length++) {
    const prefix = word.slice(0, length);
    const known = COGNATES.get(prefix);
    if (known === undefined) COGNATES.set(prefix, { jobFunction, tier: COGNATE_TIER, phrase: `${prefix}… (cognate of "${word}")` });
    else if (known !== null && known.jobFunction !== jobFunction) COGNATES.set(prefix, null);
  }
}
for (const clue of CLUES.values()) if (clue.jobFunction !== null && clue.tier <= 2 && !clue.phrase.includes(' ')) addCognate(clue.phrase, clue.jobFunction);
for (const [word, jobFunction] of ONET_WORD) addCognate(word, jobFunction);

/** Rank and generic role words name no field: never read as cognates ("director" is not "directory"). */
const NOT_COGNATES = new Set<string>(
  SENIORITY_RULES.filter((rule) => !rule.nonAscii).flatMap((rule) => literalKeys(rule.pattern.source).words),
);
for (const word of (
  'technician|technicians|technicien|technicienne|tecnico|tecnica|specialist|specialists|specialiste|especialista|analyst|analysts|' +
  'officer|officers|coordinator|coordinators|representative|representatives|executive|executives|agent|agents|worker|workers|' +
  'operator|operators|administrator|administrators|associate|associates|assistant|assistants|advisor|adviser|consultant|member|' +
  'members|employee|employees|professional|professionals|partner|partners|director|directors|president|generalist|expert|' +
  'pension|pensionista|special|referent|servidor|servidora|funcionario|funcionaria|referentin|referentka|associe|associee|orientador|orientadora|procurador|procuradora|animador|animadora'
).split('|')) NOT_COGNATES.add(word);

function cognateClue(token: string): Clue | undefined {
  if (!PLAIN_WORD.test(token) || NOT_COGNATES.has(token)) return undefined;
  for (let length = Math.min(COGNATE_MAX, token.length - 1); length >= COGNATE_MIN; length--) {
    if (token.length - length > COGNATE_TAIL) break;
    const clue = COGNATES.get(token.slice(0, length));
    if (clue !== undefined) return clue ?? undefined;
  }
  return undefined;
}

// Specialists named by the Greek endings every language shares: "Kardiolog|in", "Ginecó|loga", "Pneumo|logue",
// "Archeo|loog", "Psych|iater". The stem says the field: a branch of medicine is Healthcare Services, any other science
// Research (docs/title-labelling.md: doctors against scientists). Only listed stems count ("technologist" is neither).
const OLOGY_ENDING = /^([a-z]+?)(?:ologists?|ologen|ologinnen|ologin|ologue?s?|ologos?|ologas?|oloog|ologka|olog)$/;
const IATRY_ENDING = /(?:iatre|iatra|iater|iaterin|iatrist)$/;
const MEDICAL_STEMS = new Set(
  ('kardi|cardi|neur|dermat|gastroenter|gastr|onk|onc|ur|gyn|gynak|gynaek|ginec|ginek|gynec|gynaec|pneum|nefr|nephr|hemat|' +
    'haemat|hamat|emat|endokrin|endocrin|oftalm|ophthalm|otorhinolaryng|otorinolaring|otolaryng|rheumat|reumat|radi|' +
    'anesthesi|anaesthesi|anasthesi|anestesi|allerg|angi|hepat|psych|psic|psyk|pulmon|traumat|audi|odont|stomat|neonat|' +
    'geront|diabet|proct|sex|sexu|path|pat|fleb|phleb').split('|'),
);
const SCIENCE_STEMS = new Set(
  ('bi|geo|soci|sozi|socj|archae|arche|arque|archa|zo|anthrop|antrop|ec|ek|hydr|meteor|seism|sejsm|ethn|etn|' +
    'musik|music|crimin|krimin|glaci|volcan|vulkan|ornith|entom|paleont|palaeont|limn|mineral|petr|toxic|toksyk|' +
    'vir|wirus|bacteri|bakteri|mikrobi|microbi|pharmac|farmac|pharmak|farmak|neurobi|epidemi|egypt|agypt|egipt|' +
    'climat|klimat|hydroge|immun|kosm|cosm|astr|astrobi').split('|'),
);
const HEALTHCARE_SPECIALIST: Clue = { jobFunction: 'Healthcare Services', tier: 1, phrase: '-ologist of medicine' };
const SCIENCE_SPECIALIST: Clue = { jobFunction: 'Research', tier: 1, phrase: '-ologist of a science' };

function specialistClue(token: string): Clue | undefined {
  if (token.length < 6) return undefined;
  if (IATRY_ENDING.test(token)) return { ...HEALTHCARE_SPECIALIST, phrase: `${token} (-iatrist)` };
  const stem = OLOGY_ENDING.exec(token)?.[1];
  if (stem === undefined) return undefined;
  if (MEDICAL_STEMS.has(stem)) return { ...HEALTHCARE_SPECIALIST, phrase: `${token} (-ologist of medicine)` };
  if (SCIENCE_STEMS.has(stem)) return { ...SCIENCE_SPECIALIST, phrase: `${token} (-ologist of a science)` };
  return undefined;
}

/** A clue for a word the tables do not list as it stands: a base form, a compound, then a piece inside. */
function wordClue(token: string): Clue | undefined {
  let found: Clue | undefined;
  const forms = PLAIN_WORD.test(token) ? baseForms(token) : [];
  for (const form of forms) {
    found = singleWord(form);
    if (found) break;
  }
  found ??= specialistClue(token);
  if (found === undefined && !ONET_WORD.has(token)) {
    found = compoundClue(token);
    for (let i = 0; found === undefined && i < forms.length; i++) if (!ONET_WORD.has(forms[i])) found = compoundClue(forms[i]);
  }
  found ??= infixClue(token);
  if (found === undefined && !ONET_WORD.has(token)) found = cognateClue(token);
  return found;
}


/** Misspelt job nouns (misspelt-words.ts), over every clue; words another rule knows are never corrected. */
const misspeltClue = misspellingReader(CLUES.values(), (token) => !PLAIN_WORD.test(token) || NOT_COGNATES.has(token) || ONET_WORD.has(token));

function functionOf(word: TitleWord): WordFunction {
  return (word.function ??= { phrase: PHRASES.get(word.text), clue: undefined, onetWord: ONET_WORD.get(word.text), onetSeconds: ONET_PHRASE.get(word.text) });
}

/** The rightmost O*NET phrase, else the rightmost O*NET word: English titles end with their head noun. */
function onetFallback(free: readonly (TitleWord | null)[], count: number): FunctionMatch | undefined {
  for (let i = count - 1; i > 0; i--) {
    const first = free[i - 1];
    const second = free[i];
    if (first === null || second === null) continue;
    const jobFunction = functionOf(first).onetSeconds?.get(second.text);
    if (jobFunction) return { jobFunction, reason: `O*NET: "${first.text} ${second.text}"` };
  }
  for (let i = count - 1; i >= 0; i--) {
    const word = free[i];
    if (word === null) continue;
    const jobFunction = functionOf(word).onetWord;
    if (jobFunction) return { jobFunction, reason: `O*NET: "${word.text}"` };
  }
  return undefined;
}

/** `text` is a normalized title (normalize-title.ts); `tokens` its words and '|' marks, when the caller has them already. */
export function matchFunction(text: string, tokens: readonly string[] = text.trim().split(' ')): FunctionMatch {
  return matchFunctionWords(tokens);
}

/** The same on the words alone (NormalizedWords.tokens). */
export function matchFunctionWords(tokens: readonly string[]): FunctionMatch {
  return matchFunctionOf(titleWordsOf(tokens, []));
}

/**
 * The words no clue took, with null for those a clue took and for segment breaks: what O*NET reads. Its first `count`
 * entries are the current title's; emptying it instead (`length = 0`) would make V8 drop its storage on every title.
 */
const FREE: (TitleWord | null)[] = [];

/** The same on the title's words (title-word.ts). */
export function matchFunctionOf(words: readonly TitleWord[]): FunctionMatch {
  // One buffer for every call (the matcher is synchronous and never re-entered): no array per title.
  const free = FREE;
  let count = 0;
  let best: Clue | undefined;
  for (let i = 0; i < words.length; ) {
    const word = words[i];
    const token = word.text;
    if (token === '|' || token === '') {
      free[count++] = null;
      i++;
      continue;
    }
    const known = functionOf(word);
    let node = known.phrase;
    let found = node?.clue;
    let length = 1;
    // The longest phrase that starts here.
    for (let span = 2; node?.next !== undefined && i + span <= words.length; span++) {
      const next = words[i + span - 1].text;
      if (next === '|') break;
      node = node.next.get(next);
      if (node?.clue !== undefined) {
        found = node.clue;
        length = span;
      }
    }
    if (found === undefined) {
      if (known.clue === undefined) known.clue = wordClue(token) ?? null;
      found = known.clue ?? undefined;
    }
    if (found === undefined) {
      free[count++] = word;
      i++;
      continue;
    }
    if (found.jobFunction !== null && (best === undefined || found.tier < best.tier)) best = found;
    free[count++] = null;
    i += length;
  }
  if (best?.jobFunction && best.tier <= LAST_RULE_TIER_BEFORE_ONET) return { jobFunction: best.jobFunction, reason: `"${best.phrase}"` };
  const onet = onetFallback(free, count);
  if (onet) return onet;
  // A misspelt job word outranks only a weak one ("Acountant Assistant").
  const misspelt = misspeltClue(free, count);
  if (misspelt) return { jobFunction: misspelt.jobFunction!, reason: `"${misspelt.phrase}"` };
  if (best?.jobFunction) return { jobFunction: best.jobFunction, reason: `"${best.phrase}" (weak clue)` };
  return { jobFunction: UNKNOWN, reason: 'no function word' };
}
