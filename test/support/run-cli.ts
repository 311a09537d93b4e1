// Runs the `referable` command as a user would: a child process with a fixed clock, no colour, and no database
// settings inherited from the environment.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './test-stores.ts';

export const BIN = fileURLToPath(new URL('../../bin/referable.js', import.meta.url));
export const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));
export const CLI_NOW = '2026-11-25T12:00:00Z';

/** `timeout` (ms) ends a command that should have stopped (a server that should have refused to start). */
export function referable(args: string[], cwd: string, extraEnv: Record<string, string> = {}, timeout?: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, REFERABLE_NOW: CLI_NOW, NO_COLOR: '1', ...extraEnv };
  delete env.DATABASE_URL;
  delete env.REFERABLE_DB;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `referable` as a child process that runs alongside others (the concurrency tests start several at once). */
export function referableAsync(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, REFERABLE_NOW: CLI_NOW, NO_COLOR: '1', ...extraEnv };
  delete env.DATABASE_URL;
  delete env.REFERABLE_DB;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
