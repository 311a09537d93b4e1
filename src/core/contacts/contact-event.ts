// Job and title changes seen between imports: the signal that someone just joined a target company.

export interface JobSnapshot {
  company: string;
  title: string;
}

export interface ContactEvent {
  id: string;
  contactId: string;
  kind: 'job_change' | 'title_change';
  before: JobSnapshot;
  after: JobSnapshot;
  observedAt: string;
  importId: string;
}
