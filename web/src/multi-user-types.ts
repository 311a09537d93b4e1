// The JSON shapes of the multi-user server's routes (serve --multi-user: accounts, cohorts, consents, path requests):
// aliases of the types generated from its OpenAPI document (web/src/multi-user-api-schema.d.ts, by
// scripts/api-types.ts), so using a field those routes do not define fails `tsc -p web`.
import type { components, operations } from './multi-user-api-schema.d.ts';

type Schemas = components['schemas'];
/** The JSON body of an operation's 200 answer. */
type Ok<Operation extends keyof operations> = operations[Operation]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export type CohortRole = CohortRoster['role'];
export type ConsentLevel = Schemas['ConsentLevel']['level'];
export type Consent = Schemas['Consent'];
export type ConsentsResponse = Ok<'listConsents'>;
export type CohortSummary = Schemas['CohortSummary'];
export type CohortRoster = Schemas['CohortRoster'];
export type CohortInvitation = Schemas['CohortInvitation'];
export type MemberShare = Schemas['MemberShare'];
export type MemberView = Ok<'getMemberView'>;
export type PooledWarmPath = Schemas['PooledWarmPath'];
export type PathRequest = Schemas['PathRequest'];
export type PathRequestState = PathRequest['state'];
export type CohortPage = Schemas['CohortPage'];
export type CohortMemberRow = Schemas['CohortMemberRow'];
export type CohortCoverage = Schemas['CohortCoverage'];
export type WorkspacesResponse = Ok<'listWorkspaces'>;
export type AccessibleWorkspace = WorkspacesResponse['workspaces'][number];
