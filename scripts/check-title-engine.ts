// Checks that the title engine gives exactly the answers an earlier version of it gave: every seniority, function and
// reason, and every normalized title, byte for byte, on about 600,000 varied titles. Speed work on the engine must not
// change a single answer; this is how to know.
//
//   node --import tsx scripts/check-title-engine.ts [REF]      (REF defaults to HEAD; exits 1 on any difference)
//
// The reference is the working tree's taxonomy folder with the ENGINE files taken from REF and loaded from a temporary
// copy: the rule tables stay the working tree's on both sides, so the check still holds after someone adds rules (run it
// against the last commit before the engine changed, with today's tables).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distinctTitles } from '../bench/title-mix.ts';
import { createRandom, type Random } from '../src/core/random/seeded-random.ts';
import * as current from '../src/core/taxonomy/classify-title.ts';
import { FUNCTION_CLUES, FUNCTION_INFIXES, NEUTRAL_PHRASES } from '../src/core/taxonomy/function-rules.ts';
import { EUROPE_FUNCTION_CLUES } from '../src/core/taxonomy/function-rules-europe.ts';
import { FIELD_FUNCTION_CLUES, GENERIC_HEAD_WORDS } from '../src/core/taxonomy/function-rules-fields.ts';
import { WORLD_FUNCTION_CLUES } from '../src/core/taxonomy/function-rules-world.ts';
import * as currentNormalize from '../src/core/taxonomy/normalize-title.ts';
import { ONET_PHRASES, ONET_WORDS } from '../src/core/taxonomy/onet-titles.data.ts';
import { TITLE_DEVELOPMENT_SETS } from '../src/core/taxonomy/title-development-sets.ts';
import { TITLE_HELDOUT_SET } from '../src/core/taxonomy/title-heldout-set.ts';
import { TITLE_HELDOUT_SET_2 } from '../src/core/taxonomy/title-heldout-set-2.ts';
import { SENIORITY_RULES } from '../src/core/taxonomy/title-rules.ts';
import { LOCAL_TITLES, NON_TITLES, PUNCTUATED_TITLES, TITLES_BY_FAMILY, TITLES_BY_INDUSTRY } from '../src/demo/world-titles.ts';

/** The files that apply the tables; everything else in the folder is data and is shared by both sides. */
const ENGINE_FILES = ['classify-title.ts', 'normalize-title.ts', 'function-matcher.ts', 'seniority-gate.ts', 'title-word.ts'];
const TAXONOMY = 'src/core/taxonomy';

type Engine = { classify: (title: string) => unknown; normalize: (title: string) => unknown };

async function referenceEngine(ref: string): Promise<{ engine: Engine; folder: string }> {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const folder = mkdtempSync(join(tmpdir(), 'check-title-engine-'));
  cpSync(join(root, TAXONOMY), folder, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  for (const file of ENGINE_FILES) {
    let text: string;
    try {
      text = execFileSync('git', ['show', `${ref}:${TAXONOMY}/${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue; // not an engine file in that version
    }
    writeFileSync(join(folder, file), text);
  }
  const classify = await import(pathToFileURL(join(folder, 'classify-title.ts')).href);
  const normalize = await import(pathToFileURL(join(folder, 'normalize-title.ts')).href);
  return { engine: { classify: classify.classifyTitleUncached, normalize: normalize.normalizeTitle }, folder };
}

/** Every word and phrase the tables and the seniority patterns name, folded as the tables list them. */
function vocabulary(): { words: string[]; phrases: string[] } {
  const phrases = new Set<string>();
  for (const [, , list] of [...FUNCTION_CLUES, ...WORLD_FUNCTION_CLUES, ...EUROPE_FUNCTION_CLUES, ...FIELD_FUNCTION_CLUES, ...FUNCTION_INFIXES]) {
    for (const phrase of list.split('|')) phrases.add(phrase);
  }
  for (const phrase of NEUTRAL_PHRASES.split('|')) phrases.add(phrase);
  for (const list of Object.values(ONET_PHRASES)) for (const phrase of list!.split('|')) phrases.add(phrase);
  const words = new Set<string>();
  for (const phrase of phrases) for (const word of phrase.split(' ')) words.add(word);
  for (const list of Object.values(ONET_WORDS)) for (const word of list!.split(' ')) words.add(word);
  for (const word of GENERIC_HEAD_WORDS.split('|')) words.add(word);
  for (const rule of SENIORITY_RULES) for (const [word] of rule.pattern.source.matchAll(/[\p{L}\p{N}]+/gu)) if (word.length > 1) words.add(word);
  return { words: [...words], phrases: [...phrases] };
}

const JOINERS = [
  ' ', ' ', ' ', ' of ', ' to the ', ' for ', ' at ', ' @ ', ' & ', ' + ', ' - ', '-', ' – ', ' — ', ' | ', ', ', ' (', ') ', '/', ' / ',
  ' ex-', ' Former ', ' veteran ', ' Open to work ', " d'", ' l’', "'s ", '. ', ' and ', ' · ', ' • ', ' » ', ': ', '; ', ' # ', ' * ', '!', '?',
  ' in ', ' de ', ' der ', ' of the ', ' to ', ' bei ', ' chez ', ' presso ', ' bij ', ' - ', '--', ' -- ', '  ', '\t', '"', '“', '”', '´', '`',
];
const PIECES = ['V.P.', 'C.E.O.', 'R.N.', 'S.V.P.', 'II', 'III', 'IV', '2', '3', '(m/w/d)', 'Sr.', 'Jr.', 'M.D.', 'Ph.D.', 'e.V.', 'R and D', 'retired', 'Veteran of the Navy'];
const SCRIPTS = ['软件工程师', '产品经理', '销售总监', '项目经理', 'ソフトウェアエンジニア', 'プロダクトマネージャー', '営業部長', '社長', '인턴', '엔지니어', 'инженер', 'Менеджер', 'стажер', 'مهندس', 'Ελληνικά', 'מהנדס', '😀', 'ﬁ', 'Ⅳ'];
const ACCENTS: Record<string, string[]> = { a: ['á', 'à', 'ä', 'â', 'ã', 'å', 'æ'], e: ['é', 'è', 'ë', 'ê'], i: ['í', 'ï', 'î', 'ı'], o: ['ó', 'ö', 'ô', 'õ', 'ø', 'œ'], u: ['ú', 'ü', 'û'], s: ['ß', 'ś', 'š'], l: ['ł'], c: ['ç', 'č'], n: ['ñ', 'ń'], z: ['ż', 'ž'], d: ['đ'] };
const ENDINGS = ['in', 'innen', 'a', 'e', 's', 'es', 'ista', 'ologist', 'ologin', 'iater', 'er', 'ora', 'rice', 'euse', 'ster', 'ienne', 'mitarbeiterin', 'leiter', 'manager', 'meister'];

function word(random: Random, words: readonly string[], phrases: readonly string[], sets: readonly string[]): string {
  const roll = random.next();
  if (roll < 0.4) return random.pick(words);
  if (roll < 0.6) return random.pick(phrases);
  if (roll < 0.72) return random.pick(sets);
  if (roll < 0.8) return random.pick(words) + (random.chance(0.3) ? 's' : '') + random.pick(words); // a compound
  if (roll < 0.88) return random.pick(words) + random.pick(ENDINGS);
  if (roll < 0.93) return random.pick(PIECES);
  if (roll < 0.97) return random.pick(SCRIPTS);
  // Stray characters: any printable ASCII, some Latin-1 and beyond.
  let out = '';
  for (let i = random.int(1, 4); i > 0; i--) out += String.fromCharCode(random.chance(0.8) ? random.int(32, 126) : random.int(0x80, 0x2ff));
  return out;
}

function styled(random: Random, text: string): string {
  const roll = random.next();
  let out = text;
  if (roll < 0.3) out = out.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
  else if (roll < 0.4) out = out.toUpperCase();
  if (random.chance(0.15)) out = out.replace(/[aeiouslcnzd]/, (letter) => random.pick(ACCENTS[letter]));
  return out;
}

/** Titles made of the tables' own words, joined and dressed as people type them. */
function generatedTitles(count: number, seed: number, sets: readonly string[]): string[] {
  const random = createRandom(seed);
  const { words, phrases } = vocabulary();
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    let title = random.chance(0.1) ? random.pick(JOINERS).trimStart() : '';
    const parts = random.int(1, 6);
    for (let p = 0; p < parts; p++) {
      title += styled(random, word(random, words, phrases, sets));
      if (p < parts - 1) title += random.chance(0.6) ? ' ' : random.pick(JOINERS);
    }
    if (random.chance(0.1)) title += random.pick(JOINERS);
    if (random.chance(0.01)) title = title.repeat(random.int(5, 40)); // beyond the length bound
    titles.push(title);
  }
  return titles;
}

function checkedTitles(): string[] {
  const sets: string[] = [];
  for (const rows of [...Object.values(TITLE_DEVELOPMENT_SETS), TITLE_HELDOUT_SET, TITLE_HELDOUT_SET_2]) for (const row of rows) sets.push(row.title);
  for (const list of [...Object.values(TITLES_BY_FAMILY), ...Object.values(TITLES_BY_INDUSTRY)]) if (list) sets.push(...list.titles);
  sets.push(...PUNCTUATED_TITLES, ...Object.values(LOCAL_TITLES).flat(), ...NON_TITLES, '', ' ', '|', '-', 'at', '@');
  return [...sets, ...distinctTitles(250_000, 23), ...distinctTitles(60_000, 17), ...generatedTitles(300_000, 41, sets)];
}

function answers(engine: Engine, titles: readonly string[]): string[] {
  return titles.map((title) => JSON.stringify([engine.classify(title), engine.normalize(title)]));
}

const ref = process.argv[2] ?? 'HEAD';
const titles = checkedTitles();
const { engine: reference, folder } = await referenceEngine(ref);
try {
  const expected = answers(reference, titles);
  const engine: Engine = { classify: current.classifyTitleUncached, normalize: currentNormalize.normalizeTitle };
  // Twice, the second time in reverse order with every memo warm: remembering a word must not change an answer.
  const forward = answers(engine, titles);
  const backward = answers(engine, [...titles].reverse()).reverse();
  const differ: number[] = [];
  for (let i = 0; i < titles.length; i++) if (forward[i] !== expected[i] || backward[i] !== expected[i]) differ.push(i);
  for (const i of differ.slice(0, 20)) {
    console.log(`title ${JSON.stringify(titles[i])}\n  ${ref}:    ${expected[i]}\n  now:     ${forward[i]}${backward[i] === forward[i] ? '' : `\n  warm:    ${backward[i]}`}`);
  }
  console.log(`${titles.length.toLocaleString('en-US')} titles: ${differ.length === 0 ? `every answer equals ${ref}'s` : `${differ.length} differ from ${ref}'s`}`);
  process.exitCode = differ.length === 0 ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
