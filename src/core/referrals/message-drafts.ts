// Message drafts for each step of a double-opt-in introduction, filled from the contacts and the need. Nothing is
// sent: the user copies, edits and sends them where they talk to people. Templates live in the settings file.
import { fillTemplate, type MessageTemplates } from '../settings/settings.ts';
import type { IntroState } from './intro-workflow.ts';

export interface DraftPerson {
  name: string;
  firstName: string;
  lastName: string;
  title: string;
  company: string;
}

export interface DraftStep {
  template: keyof MessageTemplates;
  /** Who the message goes to. */
  to: 'seeker' | 'helper' | 'both';
  /** The state to record once it is sent. */
  then: IntroState | null;
  label: string;
}

/** The message that moves an introduction on from each state (none once it is over). */
export const NEXT_DRAFT: Readonly<Record<IntroState, DraftStep | null>> = {
  suggested: { template: 'askSeeker', to: 'seeker', then: 'asked-seeker', label: 'ask the person with the need (A) whether they want the introduction' },
  'asked-seeker': { template: 'askHelper', to: 'helper', then: 'asked-helper', label: 'A said yes? ask the helper (B) whether they are open to it' },
  'asked-helper': { template: 'introduce', to: 'both', then: 'made', label: 'B said yes? introduce them to each other' },
  made: { template: 'thankHelper', to: 'helper', then: 'closed', label: 'thank the helper, and record the outcome when you hear it' },
  closed: null,
  declined: null,
  expired: null,
};

export interface Draft {
  step: DraftStep;
  text: string;
  /** Placeholders left unfilled (a typo in the settings file, or a value we do not know). */
  unfilled: string[];
}

export interface DraftParties {
  seeker: DraftPerson;
  helper: DraftPerson;
  /** The need's text, or what the introduction is about when there is no recorded need. */
  needText: string;
  needTopic: string;
  me: { name: string; firstName: string };
}

/** The values every template may use: {{seeker.firstName}}, {{helper.company}}, {{need.text}}, {{me.name}} ... */
export function draftValues(parties: DraftParties, step: DraftStep): Record<string, unknown> {
  const addressee = step.to === 'seeker' ? parties.seeker : parties.helper;
  return {
    seeker: parties.seeker,
    helper: parties.helper,
    need: { text: parties.needText, topic: parties.needTopic },
    me: parties.me,
    // The thank-you template is shared with referrals received: there {{contact}} is who to thank.
    contact: addressee,
    company: '',
  };
}

export function renderDraft(templates: MessageTemplates, state: IntroState, parties: DraftParties): Draft | null {
  const step = NEXT_DRAFT[state];
  if (!step) return null;
  const text = fillTemplate(templates[step.template], draftValues(parties, step));
  const unfilled = [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]))];
  return { step, text, unfilled };
}
