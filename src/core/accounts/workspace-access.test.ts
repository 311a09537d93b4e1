import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workspaceAccess } from './workspace-access.ts';

describe('workspace access', () => {
  it('lets the owner in, hides the workspace from strangers, and refuses cohort peers until consent', () => {
    assert.deepEqual(workspaceAccess({ exists: true, owns: true, shared: [] }), { allowed: true, level: 'owner' });
    assert.equal(workspaceAccess({ exists: true, owns: false, shared: [] }).allowed, false);
    assert.deepEqual(
      [workspaceAccess({ exists: false, owns: false, shared: [] }), workspaceAccess({ exists: true, owns: false, shared: [] })].map((a) => !a.allowed && a.status),
      ['not-found', 'not-found'],
      'an unknown workspace and a stranger\'s look the same',
    );
    for (const role of ['coach', 'viewer', 'member', 'owner'] as const) {
      const access = workspaceAccess({ exists: true, owns: false, shared: [{ cohortId: 'c1', role, consent: 'nothing' }] });
      assert.equal(!access.allowed && access.status, 'forbidden', role);
    }
  });

  it('gives a coach a read-only view filtered to the member\'s consent, and a fellow member none', () => {
    assert.deepEqual(workspaceAccess({ exists: true, owns: false, shared: [{ cohortId: 'c1', role: 'coach', consent: 'companies' }] }), { allowed: true, level: 'companies', readOnly: true, cohortId: 'c1' });
    assert.deepEqual(
      workspaceAccess({ exists: true, owns: false, shared: [{ cohortId: 'c1', role: 'coach', consent: 'aggregates' }, { cohortId: 'c2', role: 'viewer', consent: 'contacts' }] }),
      { allowed: true, level: 'contacts', readOnly: true, cohortId: 'c2' },
    );
    const peer = workspaceAccess({ exists: true, owns: false, shared: [{ cohortId: 'c1', role: 'member', consent: 'contacts' }] });
    assert.equal(!peer.allowed && peer.status, 'forbidden');
  });
});
