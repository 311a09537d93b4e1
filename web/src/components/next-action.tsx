// A next best action as the dashboard shows it: core's words, linked to the page where it is done. The CLI command
// core also carries is for the terminal and is never shown here.
import type { NextAction } from '../api-types.ts';
import { Link } from './router.tsx';

/** What a button to an action's page says, by where it leads; the most specific path first. */
const BUTTON_LABELS: readonly [string, string][] = [
  ['/intros?thank=1', 'Say thank you'],
  ['/intros#suggestions', 'See suggested introductions'],
  ['/intros', 'Open the ledger'],
  ['/week', 'Open the weekly plan'],
  ['/contacts', 'See in-market contacts'],
  ['/target', 'Edit your market'],
  ['/network', 'See your network'],
  ['/content', 'Open content'],
  ['/import', 'Import a file'],
];

export function buttonLabel(link: string): string {
  return BUTTON_LABELS.find(([prefix]) => link.startsWith(prefix))?.[1] ?? 'Go there';
}

/** The action's words, a link to its page unless that page is `here` (a step that leads back needs no link). */
export function ActionText({ action, here }: { action: NextAction; here?: string }) {
  const link = action.link && action.link.split(/[?#]/)[0] !== here ? action.link : null;
  return link ? <Link to={link}>{action.text}</Link> : <>{action.text}</>;
}

/** "Next best step": the words, and a button to where it is done. */
export function NextStep({ action }: { action: NextAction }) {
  return (
    <p className="next-action">
      <strong>Next best step:</strong> {action.text}
      {action.link && (
        <>
          {' '}
          <Link className="button" to={action.link}>
            {buttonLabel(action.link)}
          </Link>
        </>
      )}
    </p>
  );
}
