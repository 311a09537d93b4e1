// Every title set the rules are studied and tuned against, by name. Both held-out sets are checked against each of them
// (title-heldout.test.ts, title-heldout-2.test.ts), so a development set added here can never quietly copy a held-out
// title: register every new development set in this list.
import { TITLE_DEV_SET_FUNCTIONS } from './title-dev-set-functions.ts';
import { TITLE_DEV_SET_GENERAL } from './title-dev-set-general.ts';
import { TITLE_DEV_SET_VARIED } from './title-dev-set-varied.ts';
import { TITLE_DEV_SET_WORLD_2 } from './title-dev-set-world-2.ts';
import { TITLE_DEV_SET_WORLD_3 } from './title-dev-set-world-3.ts';
import { TITLE_DEV_SET_WORLD_4 } from './title-dev-set-world-4.ts';
import { TITLE_DEV_SET_WORLD_5 } from './title-dev-set-world-5.ts';
import { TITLE_DEV_SET_WORLD_6 } from './title-dev-set-world-6.ts';
import { TITLE_DEV_SET_WORLD_7 } from './title-dev-set-world-7.ts';
import { TITLE_DEV_SET_WORLD_8 } from './title-dev-set-world-8.ts';
import { TITLE_EVAL_SET } from './title-eval-set.ts';
import { TITLE_HOLDOUT_SET } from './title-holdout-set.ts';

export const TITLE_DEVELOPMENT_SETS: Readonly<Record<string, readonly { title: string }[]>> = {
  'title-eval-set': TITLE_EVAL_SET,
  'title-holdout-set (the old, overlapping one)': TITLE_HOLDOUT_SET,
  'title-dev-set-varied': TITLE_DEV_SET_VARIED,
  'title-dev-set-general': TITLE_DEV_SET_GENERAL,
  'title-dev-set-functions': TITLE_DEV_SET_FUNCTIONS,
  'title-dev-set-world-2': TITLE_DEV_SET_WORLD_2,
  'title-dev-set-world-3': TITLE_DEV_SET_WORLD_3,
  'title-dev-set-world-4': TITLE_DEV_SET_WORLD_4,
  'title-dev-set-world-5': TITLE_DEV_SET_WORLD_5,
  'title-dev-set-world-6': TITLE_DEV_SET_WORLD_6,
  'title-dev-set-world-7': TITLE_DEV_SET_WORLD_7,
  'title-dev-set-world-8': TITLE_DEV_SET_WORLD_8,
};
