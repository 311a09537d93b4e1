// On PostgreSQL every statement is a round trip that a busy server's other requests wait behind: a contact's page,
// asked for by id as the dashboard asks, is one statement however much history the contact has.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import { closeTestWorkspace, openTestWorkspace } from '../../test/support/test-workspace.ts';
import type { AppContext } from './app-context.ts';
import { contactHistory } from './contact-history.ts';
import { resolveContact } from './contact-lookup.ts';
import { importContacts } from './import-contacts.ts';
import { logInteraction } from './interactions.ts';
import { advanceIntroduction, proposeIntroduction } from './intros.ts';
import { addReferral } from './ledger.ts';
import { addNeed } from './needs.ts';
import { addOffer } from './offers.ts';
import { setTarget } from './target.ts';
import { queryText, watchSentQueries } from '../store/dialects/sent-queries.fixture.ts';

/** The most statements a page by id may send: its one read, and room for one more should a page ever need it. */
const MOST_STATEMENTS = 2;

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
`;

const MARKET = `name: Fintech
threshold: 50
companies:
  - name: Fabrikam
    tier: 1
weights: { company: 100 }
`;

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('contact page statements on PostgreSQL', { skip: postgres.skip || undefined }, () => {
  let context: AppContext;
  before(async () => {
    context = await openTestWorkspace(postgres, fixedClock('2026-11-25T12:00:00.000Z'), 's');
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'Connections.csv'), CONNECTIONS);
    writeFileSync(join(folder, 'target.yaml'), MARKET);
    await importContacts(context, { path: join(folder, 'Connections.csv') });
    await setTarget(context, join(folder, 'target.yaml'));
    await logInteraction(context, { contact: 'Dana Reyes', what: 'coffee chat', on: '2026-09-01' });
    const need = await addNeed(context, { contact: 'Dana Reyes', text: 'a SOC 2 auditor', topic: 'compliance' });
    await addOffer(context, { contact: 'Dana Reyes', text: 'CTO peer advice' });
    await addReferral(context, { direction: 'received', kind: 'job', contact: 'Dana Reyes', other: 'Sam Lee', company: 'Fabrikam', on: '2026-10-02' });
    const { intro } = await proposeIntroduction(context, { need: need.id, helper: 'Sam Lee' });
    await advanceIntroduction(context, intro.id, { to: 'asked-seeker' });
  });
  after(async () => {
    await closeTestWorkspace(context);
  });

  it(`reads a page with every kind of history in at most ${MOST_STATEMENTS} statements`, async () => {
    const { id } = await resolveContact(context, 'Dana Reyes');
    const sent: string[] = [];
    const stopWatching = watchSentQueries((config) => sent.push(queryText(config)));
    let history;
    try {
      history = await contactHistory(context, id);
    } finally {
      stopWatching();
    }
    // What the count rests on: the page shows every kind of history it read.
    assert.deepEqual(
      [history.interactions.length, history.needs.length, history.offers[0].text, history.referrals[0].otherName, history.introductions[0].helper.name, history.ties.length, history.activeMarket],
      [1, 1, 'CTO peer advice', 'Sam Lee', 'Sam Lee', 1, 'Fintech'],
    );
    assert.ok(sent.length <= MOST_STATEMENTS, `${sent.length} statements:\n${sent.join('\n---\n')}`);
  });
});
