// The overview shows the report a server answered from its last computation at once, then replaces its numbers when
// the fresh report arrives, asking again a bounded number of times.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { untilFresh, type Freshened } from '../web/src/components/until-fresh.ts';

interface Report {
  inMarket: number;
}

/** A server that answers stale `staleTimes` times, then fresh; and what the page shows after each answer. */
function scenario(staleTimes: number) {
  let asked = 0;
  const ask = async (): Promise<Freshened<Report>> => (++asked <= staleTimes ? { data: { inMarket: 5 }, stale: true } : { data: { inMarket: 7 }, stale: false });
  const shown: string[] = [];
  const show = (answer: Freshened<Report>, retrying: boolean) => shown.push(`${answer.data.inMarket} ${answer.stale ? (retrying ? 'updating…' : 'behind') : 'fresh'}`);
  const waited: number[] = [];
  const wait = async (ms: number) => {
    waited.push(ms);
  };
  return { ask, show, shown, waited, asked: () => asked, wait };
}

describe('stale numbers on the dashboard', () => {
  it('shows the stale report with "updating…", then replaces its numbers with the fresh ones', async () => {
    const page = scenario(2);
    const last = await untilFresh(page.ask, page.show, { wait: page.wait, delays: [100, 200, 300] });
    assert.deepEqual(page.shown, ['5 updating…', '5 updating…', '7 fresh']);
    assert.deepEqual(last, { data: { inMarket: 7 }, stale: false });
    assert.deepEqual(page.waited, [100, 200]);
  });

  it('a fresh first answer is shown once, with no note and no second ask', async () => {
    const page = scenario(0);
    await untilFresh(page.ask, page.show, { wait: page.wait, delays: [100] });
    assert.deepEqual(page.shown, ['7 fresh']);
    assert.equal(page.asked(), 1);
  });

  it('stops asking after the last delay and says the numbers are behind', async () => {
    const page = scenario(10);
    await untilFresh(page.ask, page.show, { wait: page.wait, delays: [100, 200] });
    assert.deepEqual(page.shown, ['5 updating…', '5 updating…', '5 behind']);
    assert.equal(page.asked(), 3);
  });

  it('stops when the page moves on', async () => {
    const page = scenario(10);
    const controller = new AbortController();
    const wait = async () => {
      controller.abort();
      throw new DOMException('the page moved on', 'AbortError');
    };
    await assert.rejects(untilFresh(page.ask, page.show, { wait, delays: [100], signal: controller.signal }), { name: 'AbortError' });
    assert.equal(page.asked(), 1);
  });
});
