// `referable import PATH`: any supported file or a LinkedIn export, as one transaction, with a report.
import { Option, type Command } from 'commander';
import type { SingleBar } from 'cli-progress';
import pc from 'picocolors';
import { importContacts, SOURCE_KINDS, type ImportReport, type SourceKind } from '../../app/import-contacts.ts';
import { isReferableError, ReferableError } from '../../core/errors.ts';
import { printIssues, printJson, table, type Output } from '../output.ts';
import type { Shell } from '../shell.ts';

/**
 * A progress bar only where a person watches (a terminal) and only when there is enough to wait for. cli-progress (and
 * the terminal-width packages it brings) is loaded only then: a script's import (--json, or output to a file) skips it.
 */
async function progressReporter(output: Output, enabled: boolean) {
  const cliProgress = enabled ? (await import('cli-progress')).default : null;
  let bar: SingleBar | null = null;
  return {
    onProgress(phase: string, done: number, total: number) {
      if (!cliProgress || total < 3000) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total} contacts', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
        bar.start(total, done, { phase });
      }
      bar.update(done, { phase });
    },
    stop() {
      bar?.stop();
    },
  };
}

export function printImportReport(output: Output, report: ImportReport): void {
  const heading = report.dryRun ? pc.yellow('Dry run: nothing was written.') : pc.green(`Imported ${report.file}`);
  output.out(`${heading} (${report.source}, ${report.member === 'me' ? 'your' : `${report.member}'s`} network)`);
  output.out(table(['added', 'updated', 'unchanged', 'skipped'], [[report.added, report.updated, report.unchanged, report.skipped]]));
  if (report.jobChanges > 0) output.out(`${report.jobChanges} job change(s) recorded; see "referable contacts show" for each person's history.`);
  if (report.contentAdded > 0) output.out(`${report.contentAdded} post(s) and article(s) added to your content ledger.`);
  printIssues(output, report.issues);
}

/** A refusal names the file it is about (for --json); its issues, when it has some, may name an entry inside it. */
function namingFile(error: unknown, path: string): unknown {
  if (!isReferableError(error) || typeof error.details?.file === 'string') return error;
  return new ReferableError(error.code, error.message, { ...error.details, file: path });
}

export function registerImport(program: Command, shell: Shell): void {
  program
    .command('import')
    .description('import contacts: a LinkedIn export (ZIP, unzipped folder or single CSV), Google or Outlook CSV, vCard, or any CSV')
    .argument('<path>', 'the file or folder to import')
    .addOption(new Option('--source <kind>', 'read the file as this format instead of detecting it').choices([...SOURCE_KINDS]))
    .option('--member <name>', "whose network this is (a teammate's or a candidate's export); default: me")
    .option('--map <mapping>', 'for generic CSV: our field=their column, e.g. "Company=Employer,Position=Role"')
    .option('--dry-run', 'show what would change without writing anything')
    .option('--json', 'print the report as JSON')
    .action(async (path: string, options: { source?: SourceKind; member?: string; map?: string; dryRun?: boolean; json?: boolean }, command: Command) => {
      const progress = await progressReporter(shell.output, !options.json && Boolean(process.stderr.isTTY));
      const report = await shell
        .withContext(command, (context) =>
          importContacts(context, { path, source: options.source, member: options.member, map: options.map, dryRun: options.dryRun, onProgress: progress.onProgress }),
        { create: true })
        .catch((error: unknown) => {
          throw namingFile(error, path);
        })
        .finally(() => progress.stop());
      if (options.json) {
        const { added, updated, unchanged, skipped, issues, ...rest } = report;
        printJson(shell.output, { added, updated, unchanged, skipped, issues, ...rest });
      } else {
        printImportReport(shell.output, report);
      }
    });
}
