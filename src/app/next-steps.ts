// The steps that resolve the commonest refusals, said once for every use case: words, the CLI command, the dashboard page.
import type { NextAction } from '../core/text/next-action.ts';

/** Nothing imported yet: the LinkedIn export is where a network starts (the demo is the other way in, at the CLI). */
export const IMPORT_NETWORK: NextAction = { text: 'Import your LinkedIn export', command: 'referable import ~/Downloads/Basic_LinkedInDataExport_*.zip', link: '/import' };

/** No target market yet: one suggested from the network, to use as it is or adjust. */
export const DEFINE_MARKET: NextAction = { text: 'Define your target market (one is suggested from your network)', command: 'referable target suggest --apply', link: '/target' };

/** Restore takes what the backup step writes. */
export const MAKE_BACKUP: NextAction = { text: 'Download a backup', command: 'referable export --format json --output backup.json', link: '/data' };

/** Where the ids of one kind of record are listed. */
export const LIST_IDS = {
  needs: { text: 'See the needs and their ids', command: 'referable needs list --status all', link: '/intros#suggestions' },
  offers: { text: 'See the stated offers and their ids', command: 'referable offers list --source stated --status all' },
  intros: { text: 'See the introductions and their ids', command: 'referable intros list', link: '/intros#pipeline' },
  ledger: { text: 'See the ledger and its ids', command: 'referable ledger list', link: '/intros#ledger' },
  plan: { text: "See this week's plan and its item numbers", command: 'referable plan', link: '/week' },
} satisfies Record<string, NextAction>;
