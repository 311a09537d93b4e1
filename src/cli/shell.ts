// What every command gets: output, and a way to open the app context from the global --db/--workspace options.
import type { Command } from 'commander';
import { localDay, openContext, type AppContext } from '../app/app-context.ts';
import type { Output } from './output.ts';

export interface Shell {
  output: Output;
  env: Record<string, string | undefined>;
  /** Injected clock for tests (REFERABLE_NOW); the real time otherwise. */
  now: () => Date;
  /** The user's day (YYYY-MM-DD) of now() in their time zone: TZ when set, the system's zone otherwise. */
  today: () => string;
  /**
   * Opens the store named by the global options, runs the work, and always closes the store. Only commands that bring
   * data in (`create`: import, init, demo, restore, serve, target set...) may create the database or the workspace;
   * any other command in a folder with none says that nothing was imported yet.
   */
  withContext<T>(command: Command, work: (context: AppContext) => Promise<T>, options?: { create?: boolean }): Promise<T>;
}

export function globalOptions(command: Command): { db?: string; workspace?: string } {
  return command.optsWithGlobals<{ db?: string; workspace?: string }>();
}

export function createShell(output: Output, env: Record<string, string | undefined>): Shell {
  const fixed = env.REFERABLE_NOW ? new Date(env.REFERABLE_NOW) : null;
  const now = () => (fixed ? new Date(fixed) : new Date());
  // "Today" is the user's date, not UTC's: logging on the 26th in Sydney at 9am is not logging in the future.
  const timeZone = env.TZ?.trim() || undefined;
  const dayOf = (at: Date) => localDay(at, timeZone);
  const today = () => dayOf(now());
  return {
    output,
    env,
    now,
    today,
    async withContext(command, work, options = {}) {
      const { db, workspace } = globalOptions(command);
      const context = await openContext({ db, workspace, env, mustExist: !options.create }, { now, today, dayOf });
      try {
        return await work(context);
      } finally {
        await context.store.close();
      }
    },
  };
}
