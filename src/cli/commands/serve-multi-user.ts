// `referable serve --multi-user`: accounts, sign-in and private workspaces on PostgreSQL, until Ctrl-C.
import type { Command } from 'commander';
import { openAccounts } from '../../app/accounts/accounts-context.ts';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { ReferableError } from '../../core/errors.ts';
import { globalOptions, type Shell } from '../shell.ts';

export interface MultiUserServeOptions {
  port?: number;
  host?: string;
  token?: string;
  open?: boolean;
  secureCookies?: boolean;
  trustProxy?: boolean;
}

export async function serveMultiUser(shell: Shell, command: Command, options: MultiUserServeOptions): Promise<void> {
  if (options.token !== undefined) {
    throw new ReferableError('INVALID_INPUT', '--token is for a single-user server; with --multi-user each person signs in or uses their own token ("referable token create EMAIL")');
  }
  const { db } = globalOptions(command);
  const accounts = await openAccounts(resolveStoreLocation({ db, env: shell.env }), { now: shell.now }, 'serve --multi-user');
  try {
    const { startMultiUserServer } = await import('../../http/multi-user/start-multi-user.ts');
    const server = await startMultiUserServer({
      accounts,
      port: options.port ?? 4321,
      host: options.host ?? '127.0.0.1',
      secureCookies: options.secureCookies,
      trustProxy: options.trustProxy,
    });
    shell.output.out(`Referable (multi-user): ${server.url} (sign in at ${server.url}sign-in)`);
    shell.output.out('Add people with "referable users add EMAIL" and give each a workspace with "referable workspace create NAME --owner EMAIL".');
    shell.output.out(`API: ${server.url}api (OpenAPI document at ${server.url}api/openapi.json); "Authorization: Bearer <token>" or a session cookie. Stop with Ctrl-C.`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    shell.output.err('Stopping...');
    await server.close();
  } finally {
    await accounts.store.close();
  }
}
