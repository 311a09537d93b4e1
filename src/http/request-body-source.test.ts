// A request body read straight into the import: its chunks as they come, 413 past the limit with the transfer
// stopped, an empty body for none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReferableError } from '../core/errors.ts';
import { HttpError } from './http-errors.ts';
import { bodySource } from './request-body-source.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that sends `chunks`, then more forever if `endless`, and says whether the reader cancelled it. */
function body(chunks: string[], endless = false) {
  const state = { cancelled: false };
  const queue = [...chunks];
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next !== undefined) controller.enqueue(bytes(next));
      else if (endless) controller.enqueue(bytes('x'.repeat(1000)));
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function collect(source: ReturnType<typeof bodySource>): Promise<string> {
  let text = '';
  for await (const chunk of source.chunks()) text += new TextDecoder().decode(chunk);
  return text;
}

describe('bodySource', () => {
  it('passes the body through chunk by chunk, with no size known in advance', async () => {
    const source = bodySource('Connections.csv', body(['First Name,', 'Last Name\r\n', 'Ada,Lovelace\r\n']).stream, 1000);
    assert.deepEqual([source.name, source.size], ['Connections.csv', undefined]);
    assert.equal(await collect(source), 'First Name,Last Name\r\nAda,Lovelace\r\n');
  });

  it('fails with 413 the moment the body passes the limit, and stops the transfer', async () => {
    const { stream, state } = body(['abc'], true);
    await assert.rejects(collect(bodySource('big.csv', stream, 5000)), (error: unknown) => error instanceof HttpError && error.code === 'TOO_LARGE');
    assert.equal(state.cancelled, true);
  });

  it('says an upload cut off by the client was cut off, as bad input rather than a server bug', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('connection reset'));
        else controller.enqueue(bytes('a,b\n'));
        sent = true;
      },
    });
    await assert.rejects(collect(bodySource('cut.csv', stream, 1000)), (error: unknown) =>
      isReferableError(error) && error.code === 'INVALID_INPUT' && error.message === 'the upload was cut off (connection reset); nothing was imported. Send the file again');
  });

  it('reads a missing body as empty', async () => {
    assert.equal(await collect(bodySource('empty.csv', null, 10)), '');
  });
});
