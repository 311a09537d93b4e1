// Import: drop a LinkedIn ZIP (or a Google, Outlook, vCard or any CSV file), watch it upload, read the import report.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { api, ApiError, uploadImport, whereDataStays } from '../api.ts';
import type { ImportAudit, ImportReport, Page } from '../api-types.ts';
import { count, date } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { ErrorMessage, Failure, Loading } from '../components/states.tsx';
import { toApiError, useApi } from '../components/use-api.ts';
import { useWorkspace } from '../components/workspace.tsx';

export const IMPORT_LIMIT_BYTES = 100 * 1024 * 1024;

/** How people name the formats the server reads (its source codes are for scripts). */
const SOURCE_LABEL: Record<string, string> = { linkedin: 'LinkedIn export', google: 'Google Contacts', outlook: 'Outlook contacts', vcard: 'vCard', csv: 'CSV' };

function sourceLabel(source: string): string {
  return SOURCE_LABEL[source] ?? source;
}

type Phase = { kind: 'idle' } | { kind: 'uploading'; file: string; sent: number; total: number } | { kind: 'importing'; file: string; done?: number; total?: number; phase?: string | null } | { kind: 'done'; report: ImportReport } | { kind: 'failed'; file: string; error: ApiError };

interface ImportProgress {
  running: boolean;
  phase: string | null;
  done: number;
  total: number;
}

/** While the server imports (after the upload), how many rows it has written, polled twice a second. */
function useImportProgress(active: boolean, onProgress: (progress: ImportProgress) => void) {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(() => {
      api
        .get<ImportProgress>('/imports/progress')
        .then((progress) => {
          if (!stopped && progress.running) onProgress(progress);
        })
        .catch(() => undefined);
    }, 500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active]);
}

function Report({ report, hasMarket }: { report: ImportReport; hasMarket: boolean }) {
  // An issue can sum up several rows (count); rows not imported are counted, not issues.
  const errors = report.issues.filter((issue) => issue.severity === 'error').reduce((sum, issue) => sum + (issue.count ?? 1), 0);
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">Import report: {report.file}</h3>
      <div className="stats" role="group" aria-label="Import counts">
        <Stat label="added" value={count(report.added)} />
        <Stat label="updated" value={count(report.updated)} />
        <Stat label="unchanged" value={count(report.unchanged)} />
        <Stat label="skipped" value={count(report.skipped)} />
      </div>
      <p>
        Read as <strong>{sourceLabel(report.source)}</strong>
        {report.filesRead && report.filesRead.length > 1 && <> from {report.filesRead.length} files</>}
        {report.jobChanges ? `; ${count(report.jobChanges)} job changes recorded` : ''}
        {report.contentAdded ? `; ${count(report.contentAdded)} posts and articles added to your content ledger` : ''}.
      </p>
      {report.issues.length > 0 && (
        <details open={errors > 0}>
          <summary>
            {count(report.issues.length)} issues ({count(errors)} rows not imported)
          </summary>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Field</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Severity</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.slice(0, 200).map((issue, index) => (
                  <tr key={index}>
                    <td>{issue.file}</td>
                    <td className="num">{issue.line ?? ''}</td>
                    <td>{issue.field ?? ''}</td>
                    <td>{issue.reason}</td>
                    <td>{issue.severity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {hasMarket ? (
        <p>
          Next: <Link to="/contacts">look through your contacts</Link> or <Link to="/target">check your target market</Link>.
        </p>
      ) : (
        <p className="next-action">
          <strong>Next:</strong> a target market, suggested from the network you just imported.{' '}
          <Link className="button primary" to="/target">
            Define your target market
          </Link>
        </p>
      )}
    </section>
  );
}

function PastImports({ version }: { version: number }) {
  const imports = useApi<Page<ImportAudit> | ImportAudit[]>(`/imports`);
  const rows = Array.isArray(imports.data) ? imports.data : (imports.data?.items ?? []);
  const { reload } = imports;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  if (imports.loading && !imports.data) return <Loading what="past imports" />;
  if (imports.error) return <Failure error={imports.error} what="The import history" />;
  if (rows.length === 0) return <p>Nothing imported yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">File</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Added
            </th>
            <th scope="col" className="num">
              Updated
            </th>
            <th scope="col" className="num">
              Unchanged
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id ?? index}>
              <td>{date(row.finishedAt || row.startedAt)}</td>
              <td>{row.fileName}</td>
              <td>{sourceLabel(row.source)}</td>
              <td className="num">{count(row.added)}</td>
              <td className="num">{count(row.updated)}</td>
              <td className="num">{count(row.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ImportPage() {
  const workspace = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [version, setVersion] = useState(0);
  const busy = phase.kind === 'uploading' || phase.kind === 'importing';
  useImportProgress(phase.kind === 'importing', (progress) =>
    setPhase((current) => (current.kind === 'importing' ? { ...current, done: progress.done, total: progress.total, phase: progress.phase } : current)),
  );

  async function start(file: File) {
    if (file.size > IMPORT_LIMIT_BYTES) {
      setPhase({ kind: 'failed', file: file.name, error: new ApiError(413, 'TOO_LARGE', `${file.name} is ${Math.round(file.size / 1048576)} MB; imports take files up to 100 MB`) });
      return;
    }
    setPhase({ kind: 'uploading', file: file.name, sent: 0, total: file.size });
    try {
      const report = await uploadImport<ImportReport>(file, (sent, total) => {
        setPhase((current) => (current.kind === 'importing' ? current : sent >= total ? { kind: 'importing', file: file.name } : { kind: 'uploading', file: file.name, sent, total }));
      });
      setPhase({ kind: 'done', report });
      setVersion((value) => value + 1);
      workspace.reload();
    } catch (error) {
      setPhase({ kind: 'failed', file: file.name, error: toApiError(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) void start(file);
  }

  return (
    <>
      <PageHeader title="Import">
        <p>{whereDataStays('Your network stays on this machine.')} Import again whenever you download a newer export: nothing is duplicated and your own edits are kept.</p>
      </PageHeader>
      <Panel title="Add a file" id="upload">
        <div
          className={dragging ? 'dropzone dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="dropzone-title">Drop your LinkedIn ZIP here</p>
          <p className="muted">or a Google or Outlook contacts CSV, a vCard (.vcf) file, or any CSV with names and companies</p>
          <label htmlFor="import-file" className="button primary">
            Choose a file
          </label>
          <input
            id="import-file"
            ref={input}
            className="file-input"
            type="file"
            accept=".zip,.csv,.vcf,.vcard,.txt"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void start(file);
            }}
          />
        </div>
        <div aria-live="polite" className="import-status">
          {phase.kind === 'uploading' && (
            <p>
              <label htmlFor="upload-progress">Uploading {phase.file}…</label>{' '}
              <progress id="upload-progress" max={phase.total || 1} value={phase.sent} /> {Math.round((phase.sent / (phase.total || 1)) * 100)}%
            </p>
          )}
          {phase.kind === 'importing' && (
            <p role="status">
              {phase.total ? <progress aria-label="Importing" max={phase.total} value={phase.done ?? 0} /> : <progress aria-label="Importing" />}{' '}
              {phase.total ? `${phase.phase ?? 'Importing'}: ${count(phase.done)} of ${count(phase.total)} rows` : `Reading ${phase.file} and merging it into your network…`}
            </p>
          )}
        </div>
        {phase.kind === 'failed' && (
          <>
            <ErrorMessage error={phase.error} />
            <p className="muted">Nothing was imported from {phase.file}: your data is exactly as it was.</p>
          </>
        )}
        {phase.kind === 'done' && <Report report={phase.report} hasMarket={Boolean(workspace.data?.activeMarket)} />}
        <details className="help">
          <summary>How to get your LinkedIn export</summary>
          <ol>
            <li>On LinkedIn, open Settings → Data privacy → Get a copy of your data.</li>
            <li>Choose the full archive (messages, invitations, endorsements and recommendations make tie strength much better), or Connections only.</li>
            <li>When LinkedIn emails you, download the ZIP and drop it here as it is; no need to unzip.</li>
          </ol>
        </details>
      </Panel>
      <Panel title="Past imports" id="past-imports">
        <PastImports version={version} />
      </Panel>
    </>
  );
}
