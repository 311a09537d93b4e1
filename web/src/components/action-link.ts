// The index's next best actions, as the dashboard shows them: the advice without the terminal command the CLI prints,
// and where in the dashboard to act on it (the CLI and the API share one text; the dashboard never shows a command).

export interface DashboardAction {
  text: string;
  /** Where to act on it, or null when there is nowhere better than here. */
  to: string | null;
  label: string;
}

/** Removes "referable …" commands: after a colon or "; see", in brackets, or after "with"/"then". */
export function withoutCommand(text: string): string {
  return text
    .replace(/\s*\(referable [^)]*\)/g, '')
    .replace(/[:;]\s*(see |then:? )?referable .*$/i, '')
    .replace(/,?\s*(and )?(record them )?with referable .*$/i, '')
    .replace(/\s*\(referable [^)]*\)/g, '')
    .trim();
}

const ROUTES: readonly [RegExp, string, string][] = [
  [/^say thank you/i, '/intros?thank=1#ledger', 'Say thank you'],
  [/^make introductions/i, '/intros#suggestions', 'See suggested introductions'],
  [/^(ask for referrals|record the introductions)/i, '/intros#ledger', 'Open the ledger'],
  [/^(add \d+ in-market|send .* connection requests)/i, '/week', 'Open the weekly plan'],
  [/^start with the .*prospect/i, '/contacts?inMarket=true', 'See in-market contacts'],
  [/^(list your target companies|name your focus topics)/i, '/target', 'Edit your market'],
  [/^find a first contact/i, '/network', 'Find a path'],
  [/^(spread out|connect with in-market people)/i, '/network', 'See your network'],
  [/^(import your linkedin export|share|post|create|publish)/i, '/content', 'Open content'],
];

export function dashboardAction(text: string): DashboardAction {
  const clean = withoutCommand(text);
  for (const [pattern, to, label] of ROUTES) if (pattern.test(clean)) return { text: clean, to, label };
  return { text: clean, to: null, label: '' };
}
