// A suggested next step as every shell can show it: words for people, the command for the terminal, the page for the
// dashboard. Core says all three once; the CLI prints text and command, the web links the text and never shows a command.

export interface NextAction {
  /** What to do and why, in words that name no shell ("Say thank you for 2 referrals received"). */
  text: string;
  /** The CLI command that does it ("referable ledger thanks"), when there is one. */
  command?: string;
  /** The dashboard path where it is done ("/intros?thank=1#ledger"), when there is one. */
  link?: string;
}

/**
 * The step as the terminal prints it: "Say thank you for 2 referrals received: referable ledger thanks", or, when the
 * words already hold a colon, "Post or share 2 items every week: a steady rhythm beats a burst; run referable content add …".
 */
export function actionLine(action: NextAction): string {
  if (!action.command) return action.text;
  return action.text.includes(':') ? `${action.text}; run ${action.command}` : `${action.text}: ${action.command}`;
}

