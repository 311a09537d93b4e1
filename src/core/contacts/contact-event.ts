// Job and title changes seen between imports: the signal that someone just joined a target company.

export interface JobSnapshot {
  company: string;
  title: string;
}

export const CONTACT_EVENT_KINDS = ['job_change', 'title_change'] as const;

export interface ContactEvent {
  id: string;
  contactId: string;
  kind: (typeof CONTACT_EVENT_KINDS)[number];
  before: JobSnapshot;
  after: JobSnapshot;
  observedAt: string;
  importId: string;
}
