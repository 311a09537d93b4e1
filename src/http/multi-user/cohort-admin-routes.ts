// POST /api/cohorts, /api/cohorts/{cohort}/roster, /invitations[/{id}], /memberships/{id}: running a cohort from the
// dashboard. Creating one makes the caller its owner; owners and coaches invite (a one-time link, shown once) and remove
// people and cancel invitations; owners, coaches and viewers read who is in it. Every change is audited, as at the CLI.
import { createRoute, z } from '@hono/zod-openapi';
import { COHORT_ROLES } from '../../core/accounts/roles.ts';
import type { AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createOwnCohort, inviteAsManager, removeAsManager, revokeInvitationAsManager, rosterOf } from '../../app/accounts/cohort-admin.ts';
import { newRouter } from '../router.ts';
import { body, errors, json } from '../schemas.ts';
import { callerOf } from './account-routes.ts';

const cohortParam = z.object({ cohort: z.string().min(1).max(200).openapi({ param: { name: 'cohort', in: 'path' }, description: 'the cohort name or id' }) });
const CohortSchema = z.object({ id: z.string(), name: z.string(), organisation: z.string() }).openapi('CohortSummary');
const RosterSchema = z
  .object({
    cohort: CohortSchema,
    role: z.enum(COHORT_ROLES).openapi({ description: 'your role in the cohort' }),
    canManage: z.boolean().openapi({ description: 'whether you may invite and remove people (owners and coaches)' }),
    members: z.array(z.object({ userId: z.string(), email: z.string(), role: z.enum(COHORT_ROLES), disabled: z.boolean(), since: z.string() })),
    invitations: z.array(z.object({ id: z.string(), email: z.string(), role: z.enum(COHORT_ROLES), createdAt: z.string(), expiresAt: z.string() })).openapi({ description: 'invitations not yet used nor expired (owners and coaches only)' }),
  })
  .openapi('CohortRoster');
const InvitationSchema = z
  .object({
    cohort: CohortSchema,
    email: z.string(),
    role: z.enum(COHORT_ROLES),
    expiresAt: z.string(),
    path: z.string().openapi({ description: 'the one-time link on this server (/invite?token=...): shown once, never stored in clear' }),
    link: z.string().openapi({ description: 'the same link with the address this request came to' }),
  })
  .openapi('CohortInvitation');

const create = createRoute({
  method: 'post',
  path: '/cohorts',
  operationId: 'createCohort',
  summary: 'Create a cohort in an organisation (a new one, or one where you own or coach a cohort): you become its owner',
  request: body(z.strictObject({ name: z.string().min(1).max(100), organisation: z.string().min(1).max(100) })),
  responses: { ...json(CohortSchema.extend({ role: z.enum(COHORT_ROLES) }), 'the cohort, with you as its owner'), ...errors(400, 409) },
});
const roster = createRoute({
  method: 'get',
  path: '/cohorts/{cohort}/roster',
  operationId: 'getCohortRoster',
  summary: "Who is in the cohort, with their roles, and the invitations still open (for the cohort's owners, coaches and viewers)",
  request: { params: cohortParam },
  responses: { ...json(RosterSchema, 'the roster'), ...errors(404) },
});
const invite = createRoute({
  method: 'post',
  path: '/cohorts/{cohort}/invitations',
  operationId: 'inviteToCohort',
  summary: 'Invite someone by email with a role: the answer holds the one-time link (valid 14 days), once; audited',
  request: { params: cohortParam, ...body(z.strictObject({ email: z.string().min(3).max(254), role: z.enum(COHORT_ROLES) })) },
  responses: { ...json(InvitationSchema, 'the invitation, with its link shown once'), ...errors(400, 404) },
});
const remove = createRoute({
  method: 'delete',
  path: '/cohorts/{cohort}/memberships/{id}',
  operationId: 'removeCohortMember',
  summary: 'Take someone out of the cohort (their account and workspace stay; what they shared with it stops at once); audited',
  request: { params: cohortParam.extend({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, description: "the person's user id (from the roster)" }) }) },
  responses: { ...json(z.object({ removed: z.object({ userId: z.string(), email: z.string(), role: z.enum(COHORT_ROLES) }) }), 'removed'), ...errors(404, 409) },
});

const revoke = createRoute({
  method: 'delete',
  path: '/cohorts/{cohort}/invitations/{id}',
  operationId: 'cancelCohortInvitation',
  summary: 'Cancel an open invitation: its link stops working at once; audited',
  request: { params: cohortParam.extend({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' }, description: 'the invitation id (from the roster)' }) }) },
  responses: { ...json(z.object({ revoked: z.object({ id: z.string(), email: z.string(), role: z.enum(COHORT_ROLES) }) }), 'cancelled'), ...errors(404) },
});

export function cohortAdminRoutes(accounts: AccountsContext) {
  const app = newRouter();
  const actorOf = (caller: ReturnType<typeof callerOf>) => ({ userId: caller.user.id, ip: caller.ip });

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const cohort = await createOwnCohort(accounts, actorOf(callerOf(c)), input.name, input.organisation);
    return c.json({ id: cohort.id, name: cohort.name, organisation: cohort.orgName, role: 'owner' as const }, 200);
  });
  app.openapi(roster, async (c) => c.json(await rosterOf(accounts, callerOf(c).user.id, c.req.valid('param').cohort), 200));
  app.openapi(invite, async (c) => {
    const input = c.req.valid('json');
    const invited = await inviteAsManager(accounts, actorOf(callerOf(c)), c.req.valid('param').cohort, input.email, input.role);
    const path = `/invite?token=${encodeURIComponent(invited.token)}`;
    return c.json(
      {
        cohort: { id: invited.cohort.id, name: invited.cohort.name, organisation: invited.cohort.orgName },
        email: invited.email,
        role: invited.role,
        expiresAt: invited.expiresAt,
        path,
        link: `${new URL(c.req.url).origin}${path}`,
      },
      200,
    );
  });
  app.openapi(remove, async (c) => {
    const params = c.req.valid('param');
    const removed = await removeAsManager(accounts, actorOf(callerOf(c)), params.cohort, params.id);
    return c.json({ removed: { userId: removed.userId, email: removed.email, role: removed.role } }, 200);
  });
  app.openapi(revoke, async (c) => {
    const params = c.req.valid('param');
    return c.json({ revoked: await revokeInvitationAsManager(accounts, actorOf(callerOf(c)), params.cohort, params.id) }, 200);
  });
  return app;
}
