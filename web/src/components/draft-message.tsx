// A message draft the user copies and sends where they talk to people: the text, who it goes to, and a copy button.
import { useState } from 'react';

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, or permission refused): the text stays selectable in the box.
      setCopied('no');
    }
  }
  return (
    <>
      <button type="button" className="quiet" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="muted small">
        {copied === 'yes' ? ' Copied.' : copied === 'no' ? ' Select the text and copy it.' : ''}
      </span>
    </>
  );
}

export interface DraftView {
  step: { label: string; to: string; then: string | null };
  text: string;
  unfilled: string[];
}

export function DraftMessage({ draft, title }: { draft: DraftView; title?: string }) {
  const id = `draft-${draft.step.then ?? 'final'}-${draft.text.length}`;
  return (
    <div className="draft">
      <p>
        <strong>{title ?? 'Next message'}</strong>: {draft.step.label}
      </p>
      <textarea id={id} readOnly rows={Math.min(10, draft.text.split('\n').length + 1)} value={draft.text} aria-label={`Draft: ${draft.step.label}`} />
      <div className="form-row">
        <CopyButton text={draft.text} label="Copy the message" />
      </div>
      {draft.unfilled.length > 0 && <p className="muted small">Fill in before sending: {draft.unfilled.join(', ')}</p>}
    </div>
  );
}
