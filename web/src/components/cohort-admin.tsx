// Running a cohort (multi-user server): create one (you own it), invite people by one-time link (shown once, with its
// expiry and a copy button), list members and open invitations, remove someone. Owners and coaches change; viewers read.
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import type { CohortInvitation, CohortRoster, CohortSummary } from '../multi-user-types.ts';
import { CopyButton } from './draft-message.tsx';
import { date } from './format.ts';
import { Panel } from './section.tsx';
import { ErrorMessage, Failure, Loading } from './states.tsx';
import { useAction } from './use-action.ts';
import { useApi } from './use-api.ts';

/** A new cohort in an organisation: a new one, or one where the person already owns or coaches a cohort. */
export function CreateCohortForm({ organisations, onCreated }: { organisations: string[]; onCreated: (cohort: CohortSummary) => void }) {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState(organisations[0] ?? '');
  const action = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    let created: CohortSummary | null = null;
    void action.act(
      async () => {
        created = await api.post<CohortSummary>('/cohorts', { name, organisation });
      },
      () => {
        setName('');
        if (created) onCreated(created);
      },
    );
  }
  return (
    <form className="form-grid" onSubmit={submit} aria-label="Create a cohort">
      <label className="field">
        Cohort name
        <input name="cohort-name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} placeholder="Spring 2027 outplacement" />
      </label>
      <label className="field">
        Organisation
        <input name="organisation" required maxLength={100} list="known-organisations" value={organisation} onChange={(event) => setOrganisation(event.target.value)} placeholder="Your firm" />
        <small>A new name makes a new organisation; an existing one takes cohorts only from its owners and coaches.</small>
        <datalist id="known-organisations">
          {organisations.map((org) => (
            <option key={org} value={org} />
          ))}
        </datalist>
      </label>
      <div className="form-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Creating…' : 'Create the cohort'}
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </form>
  );
}

/** The link just made: shown once (the server keeps only its hash), with who it is for and until when. */
function NewLink({ invitation }: { invitation: CohortInvitation }) {
  const link = `${location.origin}${invitation.path}`;
  return (
    <div className="success invitation-link" role="status">
      <p>
        Invitation for <strong>{invitation.email}</strong> as {invitation.role}, valid until <strong>{date(invitation.expiresAt)}</strong>. Send this link privately; it works once, and
        it is shown only now.
      </p>
      <div className="form-row">
        <input readOnly aria-label={`Invitation link for ${invitation.email}`} value={link} onFocus={(event) => event.target.select()} />
        <CopyButton text={link} label="Copy the link" />
      </div>
    </div>
  );
}

/** `open`: the addresses with an open invitation; a link cancelled (or used) meanwhile is no longer shown. */
function InviteForm({ cohort, open, onInvited }: { cohort: string; open: string[]; onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const [made, setMade] = useState<CohortInvitation | null>(null);
  const action = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.act(
      async () => setMade(await api.post<CohortInvitation>(`/cohorts/${encodeURIComponent(cohort)}/invitations`, { email, role })),
      () => {
        setEmail('');
        onInvited();
      },
    );
  }
  return (
    <>
      <form className="form-row" onSubmit={submit} aria-label="Invite someone">
        <label className="field">
          Email
          <input name="invite-email" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} placeholder="name@example.org" />
        </label>
        <label className="field">
          Role
          <select name="invite-role" value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="member">member (a job seeker with their own workspace)</option>
            <option value="coach">coach (sees members as far as they consent; invites)</option>
            <option value="viewer">viewer (reads the cohort page)</option>
          </select>
        </label>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
      {made && open.includes(made.email) && <NewLink invitation={made} />}
    </>
  );
}

export function RosterPanel({ cohort }: { cohort: string }) {
  const roster = useApi<CohortRoster>(`/cohorts/${encodeURIComponent(cohort)}/roster`);
  const removal = useAction();
  if (roster.error) return <Failure error={roster.error} what="the members" onRetry={roster.reload} />;
  if (!roster.data) return <Loading what="the members" />;
  const { members, invitations, canManage } = roster.data;
  const owners = members.filter((member) => member.role === 'owner').length;
  // The server refuses these (a coach removing an owner, the last owner leaving): no button that can only fail.
  const removable = (member: CohortRoster['members'][number]) => canManage && (member.role !== 'owner' || (roster.data!.role === 'owner' && owners > 1));
  const remove = (userId: string, email: string) => {
    if (!window.confirm(`Take ${email} out of ${roster.data!.cohort.name}? Their account and workspace stay; what they share with this cohort stops at once.`)) return;
    void removal.act(() => api.delete(`/cohorts/${encodeURIComponent(cohort)}/memberships/${encodeURIComponent(userId)}`), roster.reload);
  };
  const cancel = (id: string, email: string) => {
    if (!window.confirm(`Cancel the invitation for ${email}? Its link stops working at once.`)) return;
    void removal.act(() => api.delete(`/cohorts/${encodeURIComponent(cohort)}/invitations/${encodeURIComponent(id)}`), roster.reload);
  };
  return (
    <Panel title={`People (${members.length}) · ${roster.data.cohort.organisation}`} id="roster">
      {canManage && <InviteForm cohort={cohort} open={invitations.map((invitation) => invitation.email)} onInvited={roster.reload} />}
      {removal.error && <ErrorMessage error={removal.error} />}
      <table className="data roster-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            {canManage && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">
                {member.email}
                {member.disabled ? <span className="muted"> (disabled)</span> : null}
              </th>
              <td>{member.role}</td>
              <td>{date(member.since)}</td>
              {canManage && (
                <td>
                  {removable(member) && (
                  <button type="button" className="quiet" disabled={removal.busy} onClick={() => remove(member.userId, member.email)} aria-label={`Remove ${member.email}`}>
                    Remove
                  </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canManage && (
        <>
          <h3>Open invitations ({invitations.length})</h3>
          {invitations.length === 0 ? (
            <p className="muted">None: every invitation was used or has expired.</p>
          ) : (
            <ul className="open-invitations">
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} as {invitation.role}, sent {date(invitation.createdAt)}, expires {date(invitation.expiresAt)}{' '}
                  <button type="button" className="quiet" disabled={removal.busy} onClick={() => cancel(invitation.id, invitation.email)} aria-label={`Cancel the invitation for ${invitation.email}`}>
                    Cancel
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}
