// What can be logged as an interaction, and how long one may last: shared by `referable log` and backup checks.
import { ACTION_KINDS } from '../settings/settings.ts';

/** The planner's actions, and the everyday ways people keep in touch. */
export const INTERACTION_KINDS = [...ACTION_KINDS, 'message', 'call', 'meeting', 'email', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** One interaction lasts at most a day. */
export const MAX_INTERACTION_MINUTES = 24 * 60;
