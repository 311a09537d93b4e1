// `referable demo --cohort`: an organisation with a coach and a dozen members on PostgreSQL, each with a generated
// export (different seeds, overlapping companies), a different consent level, introductions, referrals with outcomes
// and path requests, so a coach can explore the cohort page the way `npm start` lets one person explore their network.
import { CONSENT_LEVELS, type ConsentLevel } from '../../core/accounts/consent.ts';
import { ReferableError } from '../../core/errors.ts';
import { parseMarket } from '../target.ts';
import { newReferralEvent } from '../../core/referrals/referral-ledger.ts';
import { generateLinkedInExport } from '../../demo/generate-linkedin-export.ts';
import { EXAMPLE_TARGET_YAML } from '../../import/target/target-example.ts';
import { findUserByEmail } from '../../store/accounts/users-repo.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { todayOf } from '../app-context.ts';
import { bufferSource, importContacts } from '../import-contacts.ts';
import { appendReferralEvent } from '../ledger.ts';
import { computeIndex } from '../referability-index.ts';
import { CLI_ADMIN, type AccountsContext } from './accounts-context.ts';
import { createApiToken } from './api-tokens.ts';
import { createCohort } from './cohorts.ts';
import { setConsent } from './consents.ts';
import { answerPathRequest, requestPath } from './path-requests.ts';
import { addUser } from './users.ts';
import { workspaceContext } from './workspace-context.ts';
import { createOwnedWorkspace } from './workspaces.ts';

export const COHORT_DEMO = { organisation: 'Demo Outplacement', cohort: 'Demo cohort', members: 12, connections: 400 } as const;

export interface CohortDemoSummary {
  organisation: string;
  cohort: string;
  /** The cohort's id: its name may be taken in another organisation. */
  cohortId: string;
  coach: { email: string; password: string; token: string };
  members: { email: string; workspace: string; level: ConsentLevel; connections: number }[];
  pathRequests: number;
}

const FIRST_NAMES = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Harper', 'Jules', 'Kai', 'Logan', 'Morgan', 'Noor', 'Parker', 'Quinn', 'Reese', 'Sasha', 'Taylor', 'Uma', 'Val', 'Wren'];

function dayBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds the demo cohort; refuses a database that already holds it (a fresh database, or drop it first). */
/** How long ago the demo's members joined: long enough that one who never did anything has stalled. */
export const COHORT_DEMO_JOINED_DAYS_AGO = 28;

export async function seedCohortDemo(ctx: AccountsContext, options: { members?: number; connections?: number; /** Tests seed side by side in one database: a tag keeps their names apart. */ tag?: string } = {}): Promise<CohortDemoSummary> {
  const count = options.members ?? COHORT_DEMO.members;
  const connections = options.connections ?? COHORT_DEMO.connections;
  if (!Number.isInteger(count) || count < 1 || count > FIRST_NAMES.length) throw new ReferableError('INVALID_INPUT', `--members must be a whole number from 1 to ${FIRST_NAMES.length}; got ${count}`);
  const tag = options.tag ? `${options.tag}.` : '';
  const domain = `${tag}cohort-demo.example.org`;
  const coachEmail = `coach@${domain}`;
  if (await findUserByEmail(ctx.db, coachEmail)) {
    throw new ReferableError('CONFLICT', `this database already holds the cohort demo (${coachEmail}); use a fresh database for another run`);
  }
  const today = todayOf(ctx);
  const cohort = await createCohort(ctx, COHORT_DEMO.cohort, `${COHORT_DEMO.organisation}${options.tag ? ` ${options.tag}` : ''}`);
  const coach = await addUser(ctx, CLI_ADMIN, coachEmail);
  await putMembership(ctx.db, cohort.id, coach.user.id, 'coach', ctx.now().toISOString());
  const market = parseMarket('example target market', EXAMPLE_TARGET_YAML);
  const members: CohortDemoSummary['members'] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST_NAMES[i];
    const email = `${first.toLowerCase()}@${domain}`;
    const workspace = `demo-${first.toLowerCase()}${options.tag ? `-${options.tag}` : ''}`;
    const { user } = await addUser(ctx, CLI_ADMIN, email);
    ids.push(user.id);
    await createOwnedWorkspace(ctx, CLI_ADMIN, workspace, email);
    // The cohort started four weeks ago: a member who never did anything since is stalled (14 days after joining).
    await putMembership(ctx.db, cohort.id, user.id, 'member', `${dayBefore(today, COHORT_DEMO_JOINED_DAYS_AGO)}T09:00:00.000Z`);
    // Every level in turn, so the page shows each: nothing, aggregates, companies, contacts.
    const level = CONSENT_LEVELS[i % CONSENT_LEVELS.length];
    if (level !== 'nothing') await setConsent(ctx, CLI_ADMIN, user.id, cohort.id, level);
    const app = workspaceContext(ctx, workspace);
    // The generator draws companies from one shared list, so different seeds overlap at the same companies.
    const files = generateLinkedInExport({ seed: 101 + i, connections, today, owner: { firstName: first, lastName: 'Demo' } });
    await importContacts(app, { input: bufferSource('Connections.csv', new TextEncoder().encode(files.get('Connections.csv') ?? '')) });
    await app.store.workspace.markets.save({ name: market.name, definition: EXAMPLE_TARGET_YAML }, ctx.now().toISOString(), ctx.newId);
    // Some are busy, some went quiet three weeks ago (stalled), a few never did anything.
    const contacts = (await app.store.workspace.contacts.list()).slice(0, 6);
    const quietFor = i % 3 === 2 ? 21 : i % 5 === 4 ? -1 : 2 + (i % 4);
    if (quietFor >= 0 && contacts.length >= 3) {
      const on = dayBefore(today, quietFor);
      const outcome = ['hire', 'offer', 'interview', 'meeting', ''][i % 5];
      const event = (direction: string, kind: string, contactId: string, extra: { otherContactId?: string; outcome?: string; company?: string } = {}, days = 0) =>
        newReferralEvent({ direction, kind, contactId, occurredOn: dayBefore(on, days), ...extra }, { id: ctx.newId(), recordedAt: ctx.now().toISOString(), today });
      await appendReferralEvent(app, event('received', 'job', contacts[0].id, { outcome, company: contacts[0].company }));
      await appendReferralEvent(app, event('received', 'job', contacts[1].id, { outcome: i % 2 === 0 ? 'interview' : '', company: contacts[1].company }, 3));
      await appendReferralEvent(app, event('given', 'intro', contacts[2].id, { otherContactId: contacts[0].id }, 5));
      if (i % 2 === 1) await appendReferralEvent(app, event('received', 'intro', contacts[3].id, {}, 7));
    }
    await computeIndex(app);
    members.push({ email, workspace, level, connections });
  }
  // Path requests: members ask teammates who share companies or more; every other one is accepted.
  let pathRequests = 0;
  // Asked are those who share companies or more and have not gone quiet (answering is activity: it would unstall them).
  const sharing = members.map((member, i) => ({ ...member, id: ids[i], quiet: i % 3 === 2 })).filter((member) => (member.level === 'companies' || member.level === 'contacts') && !member.quiet);
  for (let i = 0; i < members.length && sharing.length > 0; i += 3) {
    const to = sharing.find((member) => member.email !== members[i].email);
    if (!to) continue;
    const request = await requestPath(ctx, { userId: ids[i], ip: '' }, { cohort: cohort.id, member: to.email, company: market.companies[pathRequests % market.companies.length].name }).catch(() => null);
    if (!request) continue;
    pathRequests++;
    if (pathRequests % 2 === 1) await answerPathRequest(ctx, { userId: to.id, ip: '' }, request.id, 'accept', 'happy to help');
  }
  const token = await createApiToken(ctx, CLI_ADMIN, coachEmail, 'cohort demo');
  return { organisation: COHORT_DEMO.organisation, cohort: cohort.name, cohortId: cohort.id, coach: { email: coachEmail, password: coach.generatedPassword ?? '', token: token.token }, members, pathRequests };
}
