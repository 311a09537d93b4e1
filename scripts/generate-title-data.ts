// Generates src/core/taxonomy/onet-titles.data.ts: O*NET 27.0 title words -> LinkedIn job function, the classifier's fallback.
// Run: node --import tsx scripts/generate-title-data.ts  (reads ../shared/data/onet27; the output is committed, users never need ../shared)
//
// Every O*NET title (occupation titles, alternate titles, reported titles) votes, through its occupation's SOC code, for a
// LinkedIn function; a word is kept when enough titles agree. Words the rules already know are left out: the fallback is
// asked only about words no rule recognised, so indexing rule words would only add bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTION_CLUES, NEUTRAL_PHRASES } from '../src/core/taxonomy/function-rules.ts';
import { JOB_FUNCTION_NAMES, type JobFunction } from '../src/core/taxonomy/linkedin-taxonomy.ts';
import { foldTitleText, normalizeTitle } from '../src/core/taxonomy/normalize-title.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onetDir = join(root, '..', 'shared', 'data', 'onet27');
const output = join(root, 'src', 'core', 'taxonomy', 'onet-titles.data.ts');

const ATTRIBUTION =
  'This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training ' +
  'Administration (USDOL/ETA). Used under the CC BY 4.0 license.';

/** Word kept when at least this many titles contain it and this share of them agree on one function. */
const MIN_SUPPORT = 2;
const MIN_SHARE_FEW = 0.75; // for 2 or 3 titles
const MIN_SHARE_MANY = 0.6; // for 4 titles or more
/** Two-word phrases are kept only when they say something their last word does not. */
const MIN_PHRASE_SUPPORT = 2;
const MIN_PHRASE_SHARE = 0.75;

/** SOC code prefix -> LinkedIn function; the longest matching prefix wins. Codes missing here (legislators, agents of artists) do not vote. */
const SOC_FUNCTIONS: readonly (readonly [string, JobFunction])[] = [
  ['11-1011', 'Entrepreneurship'], ['11-1021', 'Operations'], ['11-2011', 'Marketing'], ['11-2021', 'Marketing'], ['11-2022', 'Sales'],
  ['11-2032', 'Media and Communication'], ['11-2033', 'Community and Social Services'], ['11-3012', 'Administrative'], ['11-3013', 'Operations'],
  ['11-3021', 'Information Technology'], ['11-3031', 'Finance'], ['11-3051', 'Operations'], ['11-3061', 'Purchasing'], ['11-3071', 'Operations'],
  ['11-3111', 'Human Resources'], ['11-3121', 'Human Resources'], ['11-3131', 'Human Resources'], ['11-9013', 'Operations'], ['11-9021', 'Operations'],
  ['11-903', 'Education'], ['11-9041', 'Engineering'], ['11-905', 'Operations'], ['11-907', 'Operations'], ['11-9081', 'Operations'],
  ['11-9111', 'Healthcare Services'], ['11-9121', 'Research'], ['11-9131', 'Operations'], ['11-9141', 'Real Estate'],
  ['11-9151', 'Community and Social Services'], ['11-9161', 'Military and Protective Services'], ['11-917', 'Operations'],
  ['11-9199.01', 'Legal'], ['11-9199.02', 'Legal'], ['11-9199.08', 'Military and Protective Services'], ['11-9199', 'Operations'],
  ['13-102', 'Purchasing'], ['13-103', 'Finance'], ['13-1041.08', 'Operations'], ['13-1041', 'Legal'], ['13-1051', 'Operations'],
  ['13-107', 'Human Resources'], ['13-1081', 'Operations'], ['13-1082', 'Program and Project Management'], ['13-1111', 'Consulting'],
  ['13-1121', 'Marketing'], ['13-1131', 'Community and Social Services'], ['13-1141', 'Human Resources'], ['13-1151', 'Human Resources'],
  ['13-1161', 'Marketing'], ['13-1199.06', 'Sales'], ['13-1199.07', 'Military and Protective Services'], ['13-1199', 'Operations'],
  ['13-2011', 'Accounting'], ['13-2023', 'Real Estate'], ['13-208', 'Accounting'], ['13-2', 'Finance'],
  ['15-1211', 'Information Technology'], ['15-1212', 'Information Technology'], ['15-1221', 'Research'], ['15-123', 'Information Technology'],
  ['15-1241', 'Information Technology'], ['15-1242', 'Information Technology'], ['15-1243', 'Engineering'], ['15-1244', 'Information Technology'],
  ['15-1251', 'Engineering'], ['15-1252', 'Engineering'], ['15-1253', 'Quality Assurance'], ['15-1254', 'Engineering'], ['15-1255', 'Arts and Design'],
  ['15-1299.02', 'Engineering'], ['15-1299.05', 'Engineering'], ['15-1299.07', 'Engineering'], ['15-1299.08', 'Engineering'],
  ['15-1299.09', 'Program and Project Management'], ['15-1299', 'Information Technology'], ['15-2011', 'Finance'], ['15-2031', 'Operations'],
  ['15-2051.02', 'Research'], ['15-2051', 'Engineering'], ['15-2', 'Research'],
  ['17', 'Engineering'], ['19-303', 'Healthcare Services'], ['19-501', 'Operations'], ['19', 'Research'], ['21', 'Community and Social Services'],
  ['23', 'Legal'], ['25', 'Education'], ['27-1', 'Arts and Design'], ['27-2', 'Arts and Design'], ['27-3', 'Media and Communication'],
  ['27-4', 'Media and Communication'], ['29', 'Healthcare Services'], ['31', 'Healthcare Services'], ['33', 'Military and Protective Services'],
  ['35', 'Operations'], ['37', 'Operations'], ['39-9011', 'Education'], ['39-9031', 'Healthcare Services'], ['39-9032', 'Community and Social Services'],
  ['39-9041', 'Community and Social Services'], ['39', 'Operations'], ['41-9021', 'Real Estate'], ['41-9022', 'Real Estate'], ['41', 'Sales'],
  ['43-3011', 'Accounting'], ['43-3021', 'Accounting'], ['43-3031', 'Accounting'], ['43-3051', 'Accounting'], ['43-3061', 'Purchasing'],
  ['43-3071', 'Finance'], ['43-4051', 'Customer Success and Support'], ['43-4131', 'Finance'], ['43-4141', 'Finance'], ['43-4161', 'Human Resources'],
  ['43-5', 'Operations'], ['43-9041', 'Finance'], ['43', 'Administrative'], ['45', 'Operations'], ['47', 'Operations'], ['49', 'Operations'],
  ['51-9061', 'Quality Assurance'], ['51', 'Operations'], ['53-6051', 'Quality Assurance'], ['53', 'Operations'], ['55', 'Military and Protective Services'],
];
const SOC_BY_LENGTH = [...SOC_FUNCTIONS].sort((a, b) => b[0].length - a[0].length);

/** Ranks, generic role nouns and glue words: they appear in every field and name none. */
const GENERIC = new Set(
  `of and the for in to a an at on with or by non other all except including n i ii iii iv v vi 1 2 3 4 5 senior sr junior jr lead leader
  principal staff chief head director directors manager managers management supervisor supervisors superintendent associate associates aide aides
  helper helpers apprentice apprentices trainee trainees intern interns internship student students worker workers specialist specialists
  coordinator coordinators officer officers representative representatives rep agent agents analyst analysts technician technicians tech techs
  technologist technologists operator operators executive executives vice owner founder partner member members team general deputy first line
  level master journeyman journey certified licensed professional expert services service systems system business department division unit center
  centre group chair chairman chairwoman chairperson board trustee retired veteran candidate graduate summer temporary temp part time full
  contract contractor volunteer freelance independent self employed
  remote hybrid onsite building excellence champion hacker maker creator retention ambassador mentor global digital`.split(/\s+/),
);

function functionOf(code: string): JobFunction | undefined {
  return SOC_BY_LENGTH.find(([prefix]) => code.startsWith(prefix))?.[1];
}

function readTitles(file: string, titleColumns: readonly number[]): { code: string; title: string }[] {
  const lines = readFileSync(join(onetDir, file), 'utf8').split(/\r?\n/).slice(1);
  const rows: { code: string; title: string }[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    for (const column of titleColumns) {
      const title = cells[column]?.trim();
      if (title && title !== 'n/a') rows.push({ code: cells[0], title });
    }
  }
  return rows;
}

const ruleWords = new Set<string>(NEUTRAL_PHRASES.split('|'));
for (const [, , phrases] of FUNCTION_CLUES) for (const phrase of phrases.split('|')) ruleWords.add(foldTitleText(phrase));

type Votes = Map<string, Map<JobFunction, number>>;
function vote(votes: Votes, key: string, jobFunction: JobFunction): void {
  let counts = votes.get(key);
  if (!counts) votes.set(key, (counts = new Map()));
  counts.set(jobFunction, (counts.get(jobFunction) ?? 0) + 1);
}

function winner(counts: Map<JobFunction, number>): { jobFunction: JobFunction; support: number; share: number } {
  let total = 0;
  let best: JobFunction = 'Operations';
  let bestCount = -1;
  for (const [jobFunction, count] of counts) {
    total += count;
    if (count > bestCount || (count === bestCount && jobFunction < best)) [best, bestCount] = [jobFunction, count];
  }
  return { jobFunction: best, support: total, share: bestCount / total };
}

const titles = [
  ...readTitles('Occupation Data.txt', [1]),
  ...readTitles('Alternate Titles.txt', [1, 2]),
  ...readTitles('Sample of Reported Titles.txt', [1]),
];
const wordVotes: Votes = new Map();
const phraseVotes: Votes = new Map();
const seen = new Set<string>();
for (const { code, title } of titles) {
  const jobFunction = functionOf(code);
  if (!jobFunction || seen.has(`${code}\t${title.toLowerCase()}`)) continue;
  seen.add(`${code}\t${title.toLowerCase()}`);
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const segment of normalizeTitle(title).text.split('|')) {
    const tokens = segment.trim().split(' ');
    tokens.forEach((token, index) => {
      // Two-letter words and numbers are too ambiguous to stand alone ("ip", "ab"); they may still start a phrase.
      if (token.length > 2 && !/^\d+$/.test(token) && !GENERIC.has(token) && !ruleWords.has(token)) words.add(token);
      const next = tokens[index + 1];
      if (next && !GENERIC.has(next) && !GENERIC.has(token) && !ruleWords.has(`${token} ${next}`)) phrases.add(`${token} ${next}`);
    });
  }
  for (const word of words) vote(wordVotes, word, jobFunction);
  for (const phrase of phrases) vote(phraseVotes, phrase, jobFunction);
}

const wordFunction = new Map<string, JobFunction>();
for (const [word, counts] of wordVotes) {
  const { jobFunction, support, share } = winner(counts);
  if (support >= MIN_SUPPORT && share >= (support >= 4 ? MIN_SHARE_MANY : MIN_SHARE_FEW)) wordFunction.set(word, jobFunction);
}
const phraseFunction = new Map<string, JobFunction>();
for (const [phrase, counts] of phraseVotes) {
  const { jobFunction, support, share } = winner(counts);
  const head = phrase.split(' ')[1];
  const headFunction = ruleWords.has(head) ? undefined : wordFunction.get(head);
  if (support >= MIN_PHRASE_SUPPORT && share >= MIN_PHRASE_SHARE && headFunction !== jobFunction && !ruleWords.has(head)) {
    phraseFunction.set(phrase, jobFunction);
  }
}

function grouped(entries: Map<string, JobFunction>, separator: string): string {
  const lines: string[] = [];
  for (const name of JOB_FUNCTION_NAMES) {
    const keys = [...entries].filter(([, jobFunction]) => jobFunction === name).map(([key]) => key).sort();
    if (keys.length === 0) continue;
    const chunks: string[] = [];
    let chunk = '';
    for (const key of keys) {
      if (chunk && chunk.length + key.length > 110) {
        chunks.push(chunk + separator);
        chunk = '';
      }
      chunk += (chunk ? separator : '') + key;
    }
    chunks.push(chunk);
    lines.push(`  '${name}':\n    ${chunks.map((part) => `'${part}'`).join(' +\n    ')},`);
  }
  return lines.join('\n');
}

const body = `// O*NET title words -> LinkedIn job function: the classifier's fallback when no rule names a function.
// GENERATED by scripts/generate-title-data.ts from O*NET 27.0 (Occupation Data, Alternate Titles, Sample of Reported Titles); do not edit.
// ${ATTRIBUTION}
// Each title votes for the function of its occupation (SOC code mapped in the script); a word is kept when at least
// ${MIN_SUPPORT} titles contain it and ${MIN_SHARE_FEW * 100}% of them agree (${MIN_SHARE_MANY * 100}% from 4 titles). Phrases are kept where they overrule their last word.
import type { JobFunction } from './linkedin-taxonomy.ts';

/** Space-separated words per function. */
export const ONET_WORDS: Readonly<Partial<Record<JobFunction, string>>> = {
${grouped(wordFunction, ' ')}
};

/** '|'-separated two-word phrases per function. */
export const ONET_PHRASES: Readonly<Partial<Record<JobFunction, string>>> = {
${grouped(phraseFunction, '|')}
};
`;
writeFileSync(output, body);
console.log(`O*NET titles read: ${seen.size}; words kept: ${wordFunction.size}; phrases kept: ${phraseFunction.size}; ${(body.length / 1024).toFixed(0)} KB`);
