// A request body as a byte source for the one import entry point: read straight in as it arrives, no temporary file,
// counted against the endpoint's limit (past it: 413, and reading stops).
import type { ByteSource } from '../app/import-contacts.ts';
import { ReferableError } from '../core/errors.ts';
import { tooLarge } from './middleware/body-limit.ts';

/** The size is left unknown: a Content-Length can lie, so bytes are counted as they come. */
export function bodySource(name: string, body: ReadableStream<Uint8Array> | null, limit: number): ByteSource {
  return {
    name,
    chunks: async function* () {
      if (!body) return;
      const reader = body.getReader();
      let read = 0;
      try {
        const readChunk = async () => {
          try {
            return await reader.read();
          } catch (error) {
            throw new ReferableError('INVALID_INPUT', `the upload was cut off (${(error as Error).message}); nothing was imported. Send the file again`);
          }
        };
        for (let next = await readChunk(); !next.done; next = await readChunk()) {
          read += next.value.byteLength;
          if (read > limit) throw tooLarge(limit);
          yield next.value;
        }
      } finally {
        // Stop the transfer when the import stops early (a cap passed, a refusal, the limit above).
        await reader.cancel().catch(() => {});
        reader.releaseLock();
      }
    },
  };
}

/** The whole body in one buffer (counted against its limit as it arrives): for work handed to a worker thread. */
export async function readAll(source: ByteSource): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source.chunks()) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  // A buffer of its own (never Node's shared pool): it is transferred to the worker, which detaches it here.
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
