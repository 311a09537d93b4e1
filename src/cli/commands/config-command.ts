// `referable config init|set|show|reset`: time costs, cadence tiers, cool-down, message templates and content goals.
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { printJson } from '../output.ts';
import type { Shell } from '../shell.ts';

const useCases = () => import('../../app/settings.ts');

export function registerConfig(program: Command, shell: Shell): void {
  const config = program.command('config').description('settings: time costs, cadence tiers, cool-down between asks, message templates, content goals');

  config
    .command('init')
    .description('write a settings file with every default, to edit')
    .argument('[file]', 'where to write it', 'referable-settings.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      await (await useCases()).writeExampleSettings(file, options);
      shell.output.out(`Wrote ${file}. Edit it, then: referable config set ${file}`);
    });

  config
    .command('set')
    .description('validate a settings file and save it for this workspace (an invalid file changes nothing)')
    .argument('<file>', 'a settings YAML file')
    .option('--json', 'print the effective settings as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const view = await shell.withContext(command, async (context) => (await useCases()).setSettings(context, file), { create: true });
      if (options.json) return printJson(shell.output, view.settings);
      shell.output.out(`Saved the settings from ${file}. Weekly budget ${view.settings.planner.weeklyMinutes} min; cool-down ${view.settings.introductions.coolDownDays} days.`);
    });

  config
    .command('show')
    .description('the effective settings (defaults with your file on top)')
    .option('--json', 'print JSON')
    .option('--file', 'print the file as you set it instead')
    .action(async (options: { json?: boolean; file?: boolean }, command: Command) => {
      const view = await shell.withContext(command, async (context) => (await useCases()).showSettings(context));
      if (options.json) return printJson(shell.output, view.settings);
      if (options.file) return shell.output.out(view.text || '# no settings file set; the defaults apply (referable config init)');
      shell.output.out(stringify(view.settings, { lineWidth: 0 }).trimEnd());
    });

  config
    .command('reset')
    .description('forget the settings file; the defaults apply again')
    .action(async (_options: unknown, command: Command) => {
      await shell.withContext(command, async (context) => (await useCases()).resetSettings(context));
      shell.output.out('Settings reset to the defaults.');
    });
}
