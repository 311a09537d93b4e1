// Path requests through a cohort teammate: the seeker asks (a message from the template unless they write one), the
// teammate accepts or declines, a request nobody answers expires after 14 days (on the injected clock). Names are
// revealed only on acceptance, only to the two of them; an accepted request enters both referral ledgers.
import { consentAtLeast } from '../../core/accounts/consent.ts';
import {
  checkMessage, currentState, expiryOf, movePathRequest, renderPathRequestMessage, settleExpiry, type PathRequestState,
} from '../../core/accounts/path-request.ts';
import { rolesText, roleCounts } from '../../core/accounts/warm-path-summary.ts';
import { companyKey } from '../../core/companies/company-key.ts';
import type { Contact } from '../../core/contacts/contact.ts';
import { ReferableError } from '../../core/errors.ts';
import { classifyTitle } from '../../core/taxonomy/classify-title.ts';
import { findCohortById } from '../../store/accounts/cohorts-repo.ts';
import { sharingMembers } from '../../store/accounts/consents-repo.ts';
import {
  findPathRequest, insertPathRequest, pathRequestsOf, updatePathRequest, type PathRequestRecord, type RevealedPerson,
} from '../../store/accounts/path-requests-repo.ts';
import { readSharedNetwork } from '../../store/accounts/pooled-view-repo.ts';
import { findUserByEmail, findUserById } from '../../store/accounts/users-repo.ts';
import type { AppContext } from '../app-context.ts';
import { resolveContact } from '../contact-lookup.ts';
import { addReferral } from '../ledger.ts';
import { audit, normalEmail, type AccountsContext, type Actor } from './accounts-context.ts';
import { cohortOfMember } from './consents.ts';
import { seekerWorkspace } from './pooled-views.ts';
import { workspaceContext } from './workspace-context.ts';

export interface PathRequestView {
  id: string;
  /** Whether the caller sent it (the seeker) or received it (the teammate asked). */
  direction: 'sent' | 'received';
  cohort: string;
  seeker: string;
  member: string;
  company: string;
  message: string;
  state: PathRequestState;
  createdAt: string;
  expiresAt: string;
  history: PathRequestRecord['history'];
  /** The people the teammate agreed to introduce: empty until accepted. */
  revealed: RevealedPerson[];
}

async function viewOf(ctx: AccountsContext, record: PathRequestRecord, userId: string): Promise<PathRequestView> {
  const settled = settleExpiry(record, ctx.now());
  const [seeker, member, cohort] = await Promise.all([findUserById(ctx.db, record.seekerId), findUserById(ctx.db, record.memberId), findCohortById(ctx.db, record.cohortId)]);
  return {
    id: record.id,
    direction: record.seekerId === userId ? 'sent' : 'received',
    cohort: cohort?.name ?? '',
    seeker: seeker?.email ?? '',
    member: member?.email ?? '',
    company: record.company,
    message: record.message,
    state: currentState(settled, ctx.now()),
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    history: settled.history,
    revealed: settled.state === 'accepted' ? record.revealed : [],
  };
}

/** The teammate's people at the company, read at `level` (their consent to ask; 'contacts' once they accept). */
async function peopleAt(ctx: AccountsContext, workspace: string, company: string, level: 'companies' | 'contacts') {
  const key = companyKey(company);
  return (await readSharedNetwork(ctx.store.db, ctx.store.dialect, workspace, level)).people.filter((person) => person.companyKey === key);
}

export async function requestPath(ctx: AccountsContext, actor: Actor, input: { cohort: string; member: string; company: string; message?: string; workspace?: string }): Promise<PathRequestView> {
  const { cohort } = await cohortOfMember(ctx, input.cohort, actor.userId);
  const company = input.company.trim();
  if (!company || company.length > 200) throw new ReferableError('INVALID_INPUT', 'name the company (1 to 200 characters)');
  const seeker = await findUserById(ctx.db, actor.userId);
  const memberUser = await findUserByEmail(ctx.db, normalEmail(input.member));
  // A teammate who shares less than companies looks exactly like one who is not there.
  const member = memberUser ? (await sharingMembers(ctx.db, cohort.id)).find((entry) => entry.userId === memberUser.id) : undefined;
  if (!seeker || !member || !member.workspace || !consentAtLeast(member.level, 'companies') || member.userId === actor.userId) {
    throw new ReferableError('NOT_FOUND', `no teammate in "${cohort.name}" shares companies with you as ${input.member}; the warm paths list who does`);
  }
  const people = await peopleAt(ctx, member.workspace, company, 'companies');
  if (people.length === 0) throw new ReferableError('NOT_FOUND', `${member.email} shares no one at ${company}`);
  const pending = (await pathRequestsOf(ctx.db, actor.userId)).find(
    (request) => request.memberId === member.userId && request.companyKey === companyKey(company) && currentState(request, ctx.now()) === 'pending',
  );
  if (pending) throw new ReferableError('CONFLICT', `you already asked ${member.email} about ${company} (request ${pending.id}, waiting until ${pending.expiresAt.slice(0, 10)})`, { id: pending.id });
  const seekerWs = await seekerWorkspace(ctx, actor.userId, input.workspace);
  const roles = rolesText(roleCounts(people.map((person) => classifyTitle(person.title))));
  const message = input.message !== undefined
    ? checkMessage(input.message)
    : renderPathRequestMessage({ seeker: seeker.email, member: member.email, company, roles, cohort: cohort.name });
  const at = ctx.now().toISOString();
  const record: PathRequestRecord = {
    id: ctx.newId(),
    cohortId: cohort.id,
    seekerId: actor.userId,
    seekerWorkspace: seekerWs,
    memberId: member.userId,
    memberWorkspace: member.workspace,
    company,
    companyKey: companyKey(company),
    message,
    state: 'pending',
    createdAt: at,
    expiresAt: expiryOf(at),
    history: [{ state: 'pending', at, by: 'seeker', note: '' }],
    revealed: [],
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertPathRequest(trx, record);
    await audit({ ...ctx, db: trx }, actor, 'path-request', member.email, { id: record.id, cohort: cohort.id, company, state: 'pending' });
  });
  return viewOf(ctx, record, actor.userId);
}

export async function pathRequestsFor(ctx: AccountsContext, userId: string): Promise<PathRequestView[]> {
  return Promise.all((await pathRequestsOf(ctx.db, userId)).map((record) => viewOf(ctx, record, userId)));
}

/** The contact standing for a fellow member in a workspace: found by email, or added (source "cohort"). */
async function contactFor(context: AppContext, email: string): Promise<Contact> {
  try {
    const found = await resolveContact(context, email);
    if (found.emails.includes(email)) return found;
  } catch (error) {
    if (!(error instanceof ReferableError) || (error.code !== 'NOT_FOUND' && error.code !== 'AMBIGUOUS')) throw error;
  }
  const at = context.now().toISOString();
  const contact: Contact = {
    id: context.newId(), firstName: email.split('@')[0], lastName: '', linkedinUrl: '', linkedinSlug: '', emails: [email], phones: [], phoneKeys: [],
    company: '', companyKey: '', title: '', location: '', industry: '', connectedOn: '', notes: 'a fellow cohort member', tags: ['cohort'], rating: null,
    lockedFields: [], source: 'cohort', firstSeen: at, updatedAt: at,
  };
  await context.store.workspace.transaction((tx) => tx.contacts.insert([contact]));
  return contact;
}

/**
 * The teammate's answer (or the seeker withdrawing). Accepting reveals the teammate's people at the company to the
 * seeker and records the introduction in both ledgers: received in the seeker's, given in the teammate's.
 */
export async function answerPathRequest(ctx: AccountsContext, actor: Actor, id: string, answer: 'accept' | 'decline' | 'withdraw', note = ''): Promise<PathRequestView> {
  const record = await findPathRequest(ctx.db, id.trim());
  const isMember = record?.memberId === actor.userId;
  const isSeeker = record?.seekerId === actor.userId;
  if (!record || (!isMember && !isSeeker)) throw new ReferableError('NOT_FOUND', `there is no path request "${id}" sent to you or by you`);
  if (answer === 'withdraw' ? !isSeeker : !isMember) {
    throw new ReferableError('FORBIDDEN', answer === 'withdraw' ? 'only the person who asked can withdraw a path request' : 'only the teammate who was asked can accept or decline it');
  }
  const now = ctx.now();
  const settled = settleExpiry(record, now);
  if (settled !== record) await updatePathRequest(ctx.db, settled, 'pending');
  const to: PathRequestState = answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'withdrawn';
  const moved = movePathRequest(settled, to, answer === 'withdraw' ? 'seeker' : 'member', now, note.slice(0, 500));
  if (to === 'accepted') {
    const people = await peopleAt(ctx, record.memberWorkspace, record.company, 'contacts');
    moved.revealed = people.map((person) => ({ name: `${person.named?.firstName ?? ''} ${person.named?.lastName ?? ''}`.trim(), title: person.title, company: person.company, linkedinUrl: person.named?.linkedinUrl ?? '' }));
  }
  const [seeker, member] = await Promise.all([findUserById(ctx.db, record.seekerId), findUserById(ctx.db, record.memberId)]);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updatePathRequest(trx, moved, 'pending'))) throw new ReferableError('CONFLICT', 'this path request was just answered; look again');
    await audit({ ...ctx, db: trx }, actor, 'path-request', (answer === 'withdraw' ? member : seeker)?.email ?? '', { id: record.id, state: to });
  });
  if (to === 'accepted' && seeker && member) {
    const cohort = await findCohortById(ctx.db, record.cohortId);
    const note = `path request ${record.id} through ${cohort?.name ?? 'your cohort'}`;
    const seekerContext = workspaceContext(ctx, record.seekerWorkspace);
    await addReferral(seekerContext, { direction: 'received', kind: 'intro', contact: (await contactFor(seekerContext, member.email)).id, company: record.company, note });
    const memberContext = workspaceContext(ctx, record.memberWorkspace);
    await addReferral(memberContext, { direction: 'given', kind: 'intro', contact: (await contactFor(memberContext, seeker.email)).id, company: record.company, note });
  }
  return viewOf(ctx, moved, actor.userId);
}
