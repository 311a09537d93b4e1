// `referable serve`: the HTTP API under /api and the dashboard at /, until Ctrl-C.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import type { AppContext } from '../../app/app-context.ts';
import { ReferableError } from '../../core/errors.ts';
import type { Output } from '../output.ts';
import type { Shell } from '../shell.ts';

export interface ServeOptions {
  port?: number;
  host?: string;
  token?: string;
  /** Open the dashboard in the default browser. */
  open?: boolean;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ReferableError('INVALID_INPUT', `--port must be a whole number from 0 to 65535 (0 picks a free one); got "${value}"`);
  return port;
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open (a server, a container): the printed URL is enough.
  }
}

/**
 * Starts the server on an open context, prints where it is, and resolves when SIGINT or SIGTERM arrives and the
 * server has closed. The caller closes the context (shell.withContext does). `npm start` ends the demo with this.
 */
export async function serveUntilStopped(context: AppContext, output: Output, options: ServeOptions = {}): Promise<void> {
  const { startServer, SERVER_DEFAULTS } = await import('../../http/start-server.ts');
  const { generateToken } = await import('../../http/middleware/token-auth.ts');
  const { isLoopback } = await import('../../http/middleware/request-guard.ts');
  const host = options.host ?? SERVER_DEFAULTS.host;
  const generated = !options.token && !isLoopback(host);
  const token = options.token || (generated ? generateToken() : null);
  const server = await startServer({ context, port: options.port ?? SERVER_DEFAULTS.port, host, token });
  output.out(`Referable dashboard: ${server.dashboardUrl}`);
  if (token) {
    output.out(`API access token${generated ? ' (generated)' : ''}: ${token}`);
    output.out('Send it as "Authorization: Bearer <token>"; the dashboard link above carries it after the #, which browsers never send to servers.');
  } else {
    output.out('Listening on this machine only (no token needed). Bind elsewhere with --host, protected by a token.');
  }
  output.out(`API: ${server.url}api (OpenAPI document at ${server.url}api/openapi.json). Stop with Ctrl-C.`);
  if (options.open) openBrowser(server.dashboardUrl);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  output.err('Stopping...');
  await server.close();
}

export function registerServe(program: Command, shell: Shell): void {
  program
    .command('serve')
    .description('serve the HTTP API under /api and the dashboard at / (loopback only unless --host, which needs a token)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', portNumber, 4321)
    .option('--host <address>', 'address to bind; anything but loopback requires an access token', '127.0.0.1')
    .option('--token <token>', 'access token every API request must carry (generated and printed when --host is not loopback)')
    .option('--open', 'open the dashboard in your browser')
    .option('--multi-user', 'accounts, sign-in and private workspaces (PostgreSQL: --db URL or DATABASE_URL)')
    .option('--secure-cookies', 'with --multi-user: always mark cookies Secure (behind a TLS proxy)')
    .option('--trust-proxy', 'with --multi-user: take the client address from X-Forwarded-For (for sign-in lockout)')
    .action(async (options: ServeOptions & { multiUser?: boolean; secureCookies?: boolean; trustProxy?: boolean }, command: Command) => {
      if (options.multiUser) return (await import('./serve-multi-user.ts')).serveMultiUser(shell, command, options);
      if (options.token !== undefined) {
        // Checked before the database is opened: a weak token is refused at once.
        const { tokenProblem } = await import('../../http/middleware/token-auth.ts');
        const weakness = tokenProblem(options.token);
        if (weakness) throw new ReferableError('INVALID_INPUT', `--token: the access token ${weakness}; leave --token out to have one generated (and printed)`);
      }
      await shell.withContext(command, (context) => serveUntilStopped(context, shell.output, options), { create: true });
    });
}
