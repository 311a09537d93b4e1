// The `referable` command against hostile or broken input and a failing disk: a malformed backup is refused whole with
// exit 2; a full disk is reported as such (exit 8) and leaves nothing half-written; a YAML alias bomb is invalid input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import { temporaryFolder } from './support/test-stores.ts';
import { EDGE_CASES, referable } from './support/run-cli.ts';

describe('referable restore with a malformed backup', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'restore.db');

  it('refuses "tables": [] or {} and a rating of 99 with exit 2, naming the problem, and changes nothing', () => {
    assert.equal(referable(['import', EDGE_CASES, '--db', db], folder).code, 0);
    const backupPath = join(folder, 'backup.json');
    assert.equal(referable(['export', '--db', db, '-o', backupPath], folder).code, 0);
    const good = JSON.parse(readFileSync(backupPath, 'utf8'));
    const rated = structuredClone(good);
    rated.tables.contacts[0].rating = 99;
    const cases: [string, unknown, RegExp][] = [
      ['list.json', { ...good, tables: [] }, /"tables" must be an object of tables/],
      ['empty.json', { ...good, tables: {} }, /tables\.members is missing/],
      ['rated.json', rated, /tables\.contacts\[0\] \(contact_id "[^"]+"\) rating: 99 is not a rating: a whole number from 1 to 5, or null/],
    ];
    for (const [name, backup, expected] of cases) {
      const path = join(folder, name);
      writeFileSync(path, JSON.stringify(backup));
      const refused = referable(['restore', path, '--replace', '--db', db], folder);
      assert.equal(refused.code, 2, `${name}: ${refused.stderr}`);
      assert.match(refused.stderr, new RegExp(`${name.replace('.', '\\.')} is not a backup Referable can restore; nothing was changed`));
      assert.match(refused.stderr, expected, name);
    }
    const after = join(folder, 'after.json');
    assert.equal(referable(['export', '--db', db, '-o', after], folder).code, 0);
    assert.equal(readFileSync(after, 'utf8'), readFileSync(backupPath, 'utf8'), 'the workspace is as it was');
    const shown = referable(['contacts', 'show', good.tables.contacts[0].contact_id, '--db', db], folder);
    assert.equal(shown.code, 0, shown.stderr);
  });
});

describe('a YAML alias bomb', () => {
  // The refusal's speed is measured in bench/hostile-input-bench.ts; here, what the user sees and that nothing is stored.
  it('is refused by config set and target set with exit 2, and nothing is stored', () => {
    const folder = temporaryFolder();
    const db = join(folder, 'yaml.db');
    const levels = 'abcdefghi'.split('');
    const bomb = join(folder, 'bomb.yaml');
    writeFileSync(bomb, [`a: &a [${Array(9).fill('lol').join(', ')}]`, ...levels.slice(1).map((name, index) => `${name}: &${name} [${Array(9).fill(`*${levels[index]}`).join(', ')}]`)].join('\n') + '\n');
    for (const command of [['config', 'set'], ['target', 'set']]) {
      const refused = referable([...command, bomb, '--db', db], folder);
      assert.equal(refused.code, 2, `${command.join(' ')}: ${refused.stderr}`);
      assert.match(refused.stderr, /bomb\.yaml: uses aliases \(\*name\) more than 100 times/);
    }
    assert.match(referable(['config', 'show', '--file', '--db', db], folder).stdout, /no settings file set/);
  });
});

describe('serve --token', () => {
  it('refuses an all-space token and a repeated letter with exit 2 and says what a token needs', () => {
    const folder = temporaryFolder();
    for (const [token, expected] of [
      [' '.repeat(40), /spaces or characters a header cannot carry/],
      ['aaaaaaaaaaaaaaaa', /is 16 characters long; it needs at least 32/],
      ['a'.repeat(48), /repeats itself/],
    ] as const) {
      const refused = referable(['serve', '--port', '0', '--token', token, '--db', join(folder, 'serve.db')], folder, {}, 30_000);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /^error --token: the access token /);
      assert.match(refused.stderr, expected);
      assert.match(refused.stderr, /leave --token out to have one generated/);
    }
  });
});

/** A 1 MB RAM disk: real ENOSPC from the kernel. Needs root (mount); the suite is skipped with the reason otherwise. */
function mountSmallDisk(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder], { encoding: 'utf8' });
  return mounted.status === 0 ? '' : `cannot mount a small tmpfs here (${(mounted.stderr || mounted.error?.message || '').trim()}); the injected ENOSPC/EIO tests in src/app/output-file.test.ts and src/store/dialects/guarded-dialect.test.ts still run`;
}

const contactCount = (db: string) => {
  const database = new Sqlite(db, { readonly: true });
  try {
    assert.equal(database.pragma('integrity_check', { simple: true }), 'ok');
    return Number(database.prepare('select count(*) as n from contacts').get() && (database.prepare('select count(*) as n from contacts').get() as { n: number }).n);
  } finally {
    database.close();
  }
};

describe('a full disk', () => {
  const folder = temporaryFolder();
  const disk = join(folder, 'small-disk');
  const skip = mountSmallDisk(disk);
  const big = join(folder, 'Connections.csv');
  const bigDb = join(folder, 'big.db');
  before(() => {
    let csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    for (let i = 0; i < 20_000; i++) csv += `Person${i},Surname${i},https://www.linkedin.com/in/person-${i},,Company ${i % 500},Engineer ${i % 40},12 Mar 2019\n`;
    writeFileSync(big, csv);
  });
  after(() => {
    if (!skip) spawnSync('umount', [disk]);
  });
  /** Each case starts with the small disk empty. */
  const emptyDisk = () => {
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { force: true });
  };

  it('fails an import with exit 8 naming the database and "disk full", and the database holds none of it', { skip: skip || undefined }, () => {
    emptyDisk();
    const db = join(disk, 'import.db');
    const imported = referable(['import', big, '--db', db], folder);
    assert.equal(imported.code, 8, imported.stderr);
    assert.equal(imported.stderr.trim(), `error cannot write the database ${db}: the disk is full (SQLITE_FULL); nothing was changed; free some space and run it again`);
    assert.equal(contactCount(db), 0);
  });

  it('fails a restore the same way and leaves the workspace as it was', { skip: skip || undefined }, () => {
    assert.equal(referable(['import', big, '--db', bigDb], folder).code, 0);
    const backup = join(folder, 'big-backup.json');
    assert.equal(referable(['export', '--db', bigDb, '-o', backup], folder).code, 0);
    emptyDisk();
    const db = join(disk, 'restore.db');
    const restored = referable(['restore', backup, '--db', db], folder);
    assert.equal(restored.code, 8, restored.stderr);
    assert.match(restored.stderr, new RegExp(`cannot write the database ${db.replace(/[.]/g, '\\.')}: the disk is full \\(SQLITE_FULL\\); nothing was changed`));
    assert.equal(contactCount(db), 0);
  });

  it('fails an export -o with exit 8, keeps the earlier backup of that name whole and leaves no partial file', { skip: skip || undefined }, () => {
    emptyDisk();
    const path = join(disk, 'backup.json');
    writeFileSync(path, '{"the": "backup from last week"}\n');
    const before = readdirSync(disk).sort();
    const exported = referable(['export', '--db', bigDb, '-o', path], folder);
    assert.equal(exported.code, 8, exported.stderr);
    assert.equal(exported.stderr.trim(), `error cannot write ${path}: the disk is full (ENOSPC); ${path} is as it was; free some space and run it again`);
    assert.equal(readFileSync(path, 'utf8'), '{"the": "backup from last week"}\n');
    assert.deepEqual(readdirSync(disk).sort(), before, 'no temporary or truncated file is left');
    // A small file on a disk already full: `config init` says so too and writes nothing.
    try {
      writeFileSync(join(disk, 'ballast'), Buffer.alloc(2 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full, which is the point
    }
    const settings = join(disk, 'settings.yaml');
    const init = referable(['config', 'init', settings], folder);
    assert.equal(init.code, 8, init.stderr);
    assert.match(init.stderr, /the disk is full \(ENOSPC\); no file was written/);
    assert.ok(!readdirSync(disk).some((name) => name.includes('settings')), 'no settings file, whole or partial');
  });
});
