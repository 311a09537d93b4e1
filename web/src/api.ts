// Typed fetch client for the Referable API: the access token from `#token=` kept in sessionStorage, errors as ApiError.
import type { components } from './api-schema.d.ts';
const TOKEN_KEY = 'referable.token';

/** An API failure with the server's code and message, shown to the user as is (the server writes them for people). */
/** The step that resolves a refusal, as the server states it; the dashboard links its page and never shows its command. */
export type ErrorAction = components['schemas']['NextAction'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly action?: ErrorAction,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server has no such route (an older server, or a feature not installed): pages show an empty state. */
  get unavailable(): boolean {
    return this.code === 'NOT_AVAILABLE' || this.status === 405 || this.status === 501 || (this.status === 404 && /^no API route\b/.test(this.message));
  }
}

/** Where the token lives when sessionStorage is unavailable (disabled storage): for this page load only. */
let memoryToken: string | null = null;

/**
 * `referable serve` prints a URL ending in `#token=...`: the token travels in the fragment, which browsers never send
 * to servers or put in Referer headers. It is kept for this tab only, and removed from the address bar at once.
 */
export function captureToken(): void {
  const match = /(?:^#|[#&?])token=([^&]+)/.exec(location.hash);
  if (!match) return;
  try {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
  } catch {
    // Storage can be disabled; the token then lives in memory for this page load.
    memoryToken = decodeURIComponent(match[1]);
  }
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
}

function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

/**
 * On a multi-user server (`serve --multi-user`) the session cookie signs requests in, and every change must carry the
 * session's CSRF token, which the server put in the readable referable_csrf cookie (a page on another site cannot
 * read it). A single-user server sets no such cookie, and nothing changes there.
 */
function csrfToken(): string | null {
  const match = /(?:^|;\s*)referable_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : null;
}

/** Signed in to a multi-user server (`serve --multi-user`): its readable CSRF cookie is there; a single-user server sets none. */
export function onTeamServer(): boolean {
  return typeof document !== 'undefined' && csrfToken() !== null;
}

/** Where an imported network lives, said as it is: `local` (this machine) on a single-user server, else the person's private workspace. */
export function whereDataStays(local: string): string {
  return onTeamServer() ? 'Your network stays in your private workspace on this server: your cohorts see only what you choose on the Sharing page.' : local;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = { Accept: 'application/json', ...extra };
  const value = token();
  if (value) result.Authorization = `Bearer ${value}`;
  const csrf = csrfToken();
  if (csrf) result['X-CSRF-Token'] = csrf;
  return result;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown; action?: ErrorAction };
}

function errorFrom(status: number, text: string, path: string): ApiError {
  let body: ErrorBody | null = null;
  try {
    body = JSON.parse(text) as ErrorBody;
  } catch {
    body = null;
  }
  if (body?.error?.message) return new ApiError(status, body.error.code ?? 'ERROR', body.error.message, body.error.details, body.error.action);
  if (status === 404) return new ApiError(404, 'NOT_AVAILABLE', `this server does not offer ${path.split('?')[0]} yet`);
  if (status === 401) return new ApiError(401, 'UNAUTHORIZED', 'the server needs an access token: open the link `referable serve` printed (it ends in #token=...)');
  return new ApiError(status, 'HTTP_' + status, text.trim().slice(0, 300) || `the server answered ${status}`);
}

async function parse<T>(response: Response, path: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw errorFrom(response.status, text, path);
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', `the server's answer to ${path} is not JSON`);
  }
}

/** Routes of a multi-user server's account layer: they belong to the person, not to one of their workspaces. */
const ACCOUNT_ROUTES = ['/session', '/workspaces', '/tokens', '/invitations', '/consents', '/cohorts', '/path-requests', '/health'];

/**
 * On a multi-user server the page's own address may name the workspace it shows (/?workspace=NAME, where an invitation
 * lands a new member): every workspace route then names it too. Without it (and on a single-user server) paths are
 * sent as they are.
 */
export function workspacePath(path: string): string {
  const workspace = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('workspace');
  if (!workspace || ACCOUNT_ROUTES.some((route) => path === route || path.startsWith(`${route}/`) || path.startsWith(`${route}?`))) return path;
  return `${path}${path.includes('?') ? '&' : '?'}workspace=${encodeURIComponent(workspace)}`;
}

/** The server's response, or NETWORK when it cannot be reached (an abort is passed on as is). */
async function fetchApi(method: string, path: string, body: unknown, signal: AbortSignal | undefined, extra: Record<string, string> = {}): Promise<Response> {
  try {
    return await fetch(`/api${workspacePath(path)}`, {
      method,
      headers: headers(body === undefined ? extra : { ...extra, 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'cannot reach the Referable server: is `referable serve` still running?');
  }
}

async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetchApi(method, path, body, signal), path);
}

/**
 * A GET that accepts the last computed answer while the server computes the current one ("Cache-Control: max-stale"):
 * the server says so with "Referable-Stale: true", and the page asks again (until-fresh.ts).
 */
async function getAcceptingStale<T>(path: string, signal?: AbortSignal): Promise<{ data: T; stale: boolean }> {
  const response = await fetchApi('GET', path, undefined, signal, { 'Cache-Control': 'max-stale' });
  const stale = response.headers.get('Referable-Stale') === 'true';
  return { data: await parse<T>(response, path), stale };
}

export const api = {
  getAcceptingStale,
  delete: <T>(path: string) => send<T>('DELETE', path),
  get: <T>(path: string, signal?: AbortSignal) => send<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
};

/** Query string from defined values only. */
export function query(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Uploads a file as the raw request body (the import route reads bytes, not a form), reporting upload progress:
 * fetch cannot report upload progress, XMLHttpRequest can.
 */
export function uploadImport<T>(file: File, onProgress: (sent: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${workspacePath('/imports')}`);
    for (const [name, value] of Object.entries(headers({ 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) }))) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'the upload was interrupted: is `referable serve` still running?'));
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as T);
        } catch {
          reject(new ApiError(request.status, 'BAD_RESPONSE', 'the import report is not JSON'));
        }
      } else reject(errorFrom(request.status, request.responseText, '/imports'));
    };
    request.send(file);
  });
}

/**
 * Fetches a file the server offers as a download (a backup, the contacts CSV) and hands it to the browser as a saved
 * file: a plain link would not carry the access token, which travels in a header.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<{ name: string; bytes: number }> {
  let response: Response;
  try {
    response = await fetch(`/api${workspacePath(path)}`, { headers: headers({ Accept: '*/*' }) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'cannot reach the Referable server: is it still running?');
  }
  if (!response.ok) throw errorFrom(response.status, await response.text(), path);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, bytes: blob.size };
}

/** Sends a file as the raw request body (restore reads bytes, not a form); the answer is JSON. */
export async function uploadFile<T>(path: string, file: Blob): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${workspacePath(path)}`, { method: 'POST', headers: headers({ 'Content-Type': 'application/octet-stream' }), body: file });
  } catch {
    throw new ApiError(0, 'NETWORK', 'the upload was interrupted: is the Referable server still running?');
  }
  return parse<T>(response, path);
}
