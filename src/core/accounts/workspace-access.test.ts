import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workspaceAccess } from './workspace-access.ts';

describe('workspace access', () => {
  it('lets the owner in, hides the workspace from strangers, and refuses cohort peers until consent (section 3)', () => {
    assert.deepEqual(workspaceAccess({ exists: true, owns: true, sharedRoles: [] }), { allowed: true, level: 'owner' });
    assert.equal(workspaceAccess({ exists: true, owns: false, sharedRoles: [] }).allowed, false);
    assert.deepEqual(
      [workspaceAccess({ exists: false, owns: false, sharedRoles: [] }), workspaceAccess({ exists: true, owns: false, sharedRoles: [] })].map((a) => !a.allowed && a.status),
      ['not-found', 'not-found'],
      'an unknown workspace and a stranger\'s look the same',
    );
    for (const role of ['coach', 'viewer', 'member', 'owner'] as const) {
      const access = workspaceAccess({ exists: true, owns: false, sharedRoles: [role] });
      assert.equal(!access.allowed && access.status, 'forbidden', role);
    }
  });
});
