// `referable content add|list|score|suggest`: what you create and share, your go-to score, and who to send a piece to.
import type { Command } from 'commander';
import type { GoToScore } from '../../core/content/go-to-score.ts';
import { plain, printJson, table, type Output } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import type { Shell } from '../shell.ts';
import { meter, sparkline } from '../sparkline.ts';
import { actionLine } from '../../core/text/next-action.ts';

/** Loaded on demand: scoring and the settings parser are not needed by other commands. */
const useCases = () => import('../../app/content.ts');

const collect = (value: string, previous: string[] = []) => [...previous, value];


export function printGoToScore(output: Output, score: GoToScore): void {
  output.out(`Go-to score ${score.score}/100  ${meter(score.score / 100)}  (${score.window.from}..${score.window.to})`);
  if (score.totalItems === 0) output.out('You have no content items yet, so the score is 0.');
  for (const part of score.parts) output.out(`  ${part.name.padEnd(8)} ${String(part.points).padStart(4)}/${part.max}  ${part.explanation}`);
  output.out(`  weekly   ${sparkline(score.weekly)}`);
  if (score.actions.length) output.out(`Next:\n${score.actions.map((action) => `  - ${actionLine(action)}`).join('\n')}`);
}

export function registerContent(program: Command, shell: Shell): void {
  const content = program
    .command('content')
    .description('the content ledger: what you create and share, on which topics, and your go-to score')
    .addHelpText('after', '\nItems come from your LinkedIn export (Shares.csv, Articles/) when you run referable import, or from content add.\nFocus topics are your target market\'s keywords plus content.topics in your settings.');

  content
    .command('add')
    .description('add a piece by hand: one you wrote (created) or someone else\'s you passed on (shared)')
    .argument('<url>', 'the address of the piece')
    .requiredOption('--title <title>', 'its title')
    .requiredOption('--kind <kind>', 'created or shared')
    .option('--on <date>', 'when you published or shared it, YYYY-MM-DD (default: today)')
    .option('--topic <topic>', 'a topic (repeatable)', collect)
    .option('--json', 'print JSON')
    .action(async (url: string, options: { title: string; kind: string; on?: string; topic?: string[]; json?: boolean }, command: Command) => {
      const item = await shell.withContext(command, async (context) => (await useCases()).addContent(context, { url, title: options.title, kind: options.kind, on: options.on, topics: options.topic }), { create: true });
      if (options.json) return printJson(shell.output, item);
      shell.output.out(`Added ${item.kind} "${plain(item.title)}" on ${item.publishedOn}${item.topics.length ? `; topics: ${item.topics.map(plain).join(', ')}` : ''}${item.focus.length ? ' (on focus)' : ''}.`);
      shell.output.out(`Who would want it: referable content suggest ${item.url}`);
    });

  content
    .command('list')
    .description('your items, newest first, with their topics (* = on a focus topic)')
    .option('--limit <n>', 'at most n items in the terminal (default 30; --json lists all)', wholeNumberOption('--limit', 1))
    .option('--json', 'print JSON')
    .action(async (options: { limit?: number; json?: boolean }, command: Command) => {
      const items = await shell.withContext(command, async (context) => (await useCases()).listContent(context));
      if (options.json) return printJson(shell.output, items);
      if (items.length === 0) return shell.output.out('No content yet. Import your LinkedIn export (it holds Shares.csv and Articles/) with referable import, or: referable content add URL --title T --kind created');
      const limit = options.limit ?? 30;
      shell.output.out(
        table(
          ['date', 'kind', 'title', 'topics', 'focus'],
          items.slice(0, limit).map((item) => [item.publishedOn, item.kind, plain(item.title || item.url).slice(0, 70), item.topics.map(plain).join(', '), item.focus.length ? '*' : '']),
        ),
      );
      if (items.length > limit) shell.output.out(`${limit} of ${items.length} shown; --limit or --json for more.`);
    });

  content
    .command('score')
    .description('your go-to score (0-100): focus share, weekly cadence and shared-to-created mix against your goals')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const picture = await shell.withContext(command, async (context) => (await useCases()).contentPicture(context));
      const score = picture.score;
      if (options.json) return printJson(shell.output, { ...score, hasMarket: picture.hasMarket });
      printGoToScore(shell.output, score);
    });

  content
    .command('suggest')
    .description('the in-market contacts a piece (or a topic) is most relevant to, by their needs, title, function, industry')
    .argument('[url]', 'the piece\'s address (in your ledger or not)')
    .option('--topic <topic>', 'a topic instead of (or on top of) a piece')
    .option('--limit <n>', 'how many people (default 10)', wholeNumberOption('--limit', 1))
    .option('--json', 'print JSON')
    .action(async (url: string | undefined, options: { topic?: string; limit?: number; json?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await useCases()).suggestForContent(context, { url, topic: options.topic, limit: options.limit }));
      if (options.json) return printJson(shell.output, result);
      const { piece, suggestions } = result;
      const about = piece.url ? `${plain(piece.title || piece.url)}${piece.inLedger ? '' : ' (not in your ledger: topics from its address)'}` : `topic ${plain(piece.topics[0])}`;
      shell.output.out(`${about}; topics: ${piece.topics.map(plain).join(', ') || '(none found)'}`);
      if (suggestions.length === 0) return shell.output.out(`None of your ${result.considered} in-market contacts matches these topics. Try --topic with a broader word.`);
      shell.output.out(table(['contact', 'company', 'relevance', 'why'], suggestions.map((s) => [`${plain(s.name)} (${s.contactId})`, plain(s.company), s.relevance, plain(s.reasons.join('; '))])));
      shell.output.out('Send it with a line of your own on why it made you think of them.');
    });
}
