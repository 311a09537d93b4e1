// Content the member created or shared (DESIGN: Content ledger): imported from Shares.csv and Articles/, or added
// by hand (`content add`); topics in content-topics.ts, the go-to score in go-to-score.ts.

export const CONTENT_KINDS = ['created', 'shared'] as const;

export interface ContentInput {
  /** 'created': the member wrote it (post, article). 'shared': the member passed on someone else's piece. */
  kind: (typeof CONTENT_KINDS)[number];
  /** A stable address for the item (the post or article URL); the dedupe key within a member. */
  url: string;
  title: string;
  /** ISO date published or shared. */
  publishedOn: string;
  text: string;
  /** The outside piece a share points to, '' for created items. */
  sharedUrl: string;
  source: string;
}
