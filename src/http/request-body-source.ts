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
