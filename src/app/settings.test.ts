import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isReferableError } from '../core/errors.ts';
import { TEST_STORES, fixedClock, sequentialIds, temporaryFolder, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { DEFAULT_SETTINGS } from '../core/settings/settings.ts';
import { openContext } from './app-context.ts';
import { loadSettings, resetSettings, setSettings, showSettings, writeExampleSettings } from './settings.ts';

for (const kind of TEST_STORES) {
  describe(`settings on ${kind.name}`, { skip: kind.skip || undefined }, () => {
    test('a saved file changes the effective settings; an invalid one changes nothing; reset goes back to defaults', async () => {
      const context = await openContext({ db: kind.location(), workspace: uniqueWorkspace() }, { now: fixedClock().now, newId: sequentialIds() });
      try {
        assert.deepEqual(await loadSettings(context), DEFAULT_SETTINGS);
        const folder = temporaryFolder();
        const good = join(folder, 'good.yaml');
        writeFileSync(good, '# mine\nplanner:\n  weeklyMinutes: 120\n');
        await setSettings(context, good);
        assert.equal((await loadSettings(context)).planner.weeklyMinutes, 120);
        assert.equal((await showSettings(context)).text, '# mine\nplanner:\n  weeklyMinutes: 120\n');

        const bad = join(folder, 'bad.yaml');
        writeFileSync(bad, 'planner:\n  weeklyMinutes: 0\n');
        await assert.rejects(setSettings(context, bad), (error: Error & { code?: string }) => error.code === 'INVALID_INPUT' && /bad\.yaml, line 2, field "planner.weeklyMinutes": must be at least 1 minute/.test(error.message));
        assert.equal((await loadSettings(context)).planner.weeklyMinutes, 120);

        await assert.rejects(setSettings(context, join(folder, 'missing.yaml')), (error: unknown) => isReferableError(error) && /missing\.yaml: no such file/.test(error.message) && error.action?.command === `referable config init ${join(folder, 'missing.yaml')}`);
        await resetSettings(context);
        assert.deepEqual(await loadSettings(context), DEFAULT_SETTINGS);
      } finally {
        await context.store.close();
      }
    });
  });
}

test('config init writes the defaults once and refuses to overwrite without --force', async () => {
  const path = join(temporaryFolder(), 'settings.yaml');
  await writeExampleSettings(path);
  await assert.rejects(writeExampleSettings(path), /already exists/);
  await writeExampleSettings(path, { force: true });
});
