// Your data: download a backup of the whole workspace or the contacts as CSV, and restore a backup, after a
// confirmation, with the checker's findings (table, row and field) when a file is refused.
import { useRef, useState } from 'react';
import { downloadFile, uploadFile, type ApiError } from '../api.ts';
import { count } from '../components/format.ts';
import { PageHeader, Panel } from '../components/section.tsx';
import { ErrorMessage } from '../components/states.tsx';
import { useAction } from '../components/use-action.ts';
import { useWorkspace } from '../components/workspace.tsx';

/** How many of the checker's findings the page lists; the rest are counted. */
const SHOWN_PROBLEMS = 20;

function kilobytes(bytes: number): string {
  return `${count(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

function Downloads() {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  function download(path: string, fallback: string) {
    setSaved(null);
    void action.act(
      async () => {
        const file = await downloadFile(path, fallback);
        setSaved(`Saved ${file.name} (${kilobytes(file.bytes)}).`);
      },
      () => undefined,
    );
  }
  return (
    <>
      <p>A backup holds everything in this workspace: contacts, your market, interactions, needs and offers, introductions, the ledger, plans and content. Keep it somewhere safe; you can restore it here.</p>
      <div className="form-row">
        <button type="button" className="primary" disabled={action.busy} onClick={() => download('/export?format=json', 'referable-backup.json')}>
          Download a backup
        </button>
        <button type="button" disabled={action.busy} onClick={() => download('/export?format=csv', 'referable-contacts.csv')}>
          Export contacts as CSV
        </button>
      </div>
      <p className="muted small">The CSV has one row per contact, with fit, in market and tie strength after their own fields, for a spreadsheet.</p>
      {saved && (
        <p className="success" role="status" data-testid="download-done">
          {saved}
        </p>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}

function RestoreRefused({ error, file }: { error: ApiError; file: string }) {
  const details = error.details as { problems?: unknown } | undefined;
  const problems = Array.isArray(details?.problems) ? details.problems.map(String) : [];
  const [headline] = error.message.split('\n');
  return (
    <div className="error" role="alert" data-testid="restore-refused">
      <p className="error-message">
        {file}: {headline.replace(/^backup\.json /, 'this file ')}
      </p>
      {problems.length > 0 && (
        <>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>… and {count(problems.length - SHOWN_PROBLEMS)} more.</p>}
        </>
      )}
    </div>
  );
}

function Restore() {
  const workspace = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [restored, setRestored] = useState<Record<string, number> | null>(null);
  const action = useAction();
  const contacts = workspace.data?.contacts ?? 0;

  function restore() {
    if (!file) return;
    const chosen = file;
    void action.act(
      async () => setRestored(await uploadFile<Record<string, number>>('/restore?replace=true', chosen)),
      () => {
        setFile(null);
        if (input.current) input.current.value = '';
        workspace.reload();
      },
    );
  }

  return (
    <>
      <div className="field">
        <label htmlFor="restore-file">A backup file (.json) downloaded from this page</label>
        <input
          id="restore-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setRestored(null);
          }}
        />
      </div>
      {file && (
        <div className="notice" role="group" aria-label="Confirm the restore">
          <p>
            Restoring <strong>{file.name}</strong> ({kilobytes(file.size)}) replaces everything in this workspace
            {contacts > 0 ? <> (now {count(contacts)} contacts{workspace.data?.activeMarket ? <>, market “{workspace.data.activeMarket}”</> : null})</> : null} with the backup. The file is
            checked first: if anything in it is wrong, nothing changes. Download a backup of the workspace as it is now if you may want it back.
          </p>
          <div className="form-row">
            <button type="button" className="primary" disabled={action.busy} onClick={restore}>
              Replace my workspace with this backup
            </button>
            <button
              type="button"
              disabled={action.busy}
              onClick={() => {
                setFile(null);
                if (input.current) input.current.value = '';
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {action.busy && (
        <p className="loading" role="status">
          Checking and restoring…
        </p>
      )}
      {action.error && file && <RestoreRefused error={action.error} file={file.name} />}
      {restored && (
        <p className="success" role="status" data-testid="restore-done">
          Restored: {count(restored.contacts ?? 0)} contacts and {count(Object.values(restored).reduce((sum, n) => sum + n, 0))} rows in all.
        </p>
      )}
    </>
  );
}

export default function DataPage() {
  return (
    <>
      <PageHeader title="Backup and restore">
        <p>Your network and everything you record about it live in this workspace. Download a copy, or bring one back.</p>
      </PageHeader>
      <Panel title="Download" id="download">
        <Downloads />
      </Panel>
      <Panel title="Restore from a backup" id="restore">
        <Restore />
      </Panel>
    </>
  );
}
