// Which of your cohorts a team page shows, when you are in more than one (nothing at all when you are in one).
import type { Consent } from '../multi-user-types.ts';

export function CohortSelect({ cohorts, value, onChange }: { cohorts: Consent[]; value: string; onChange: (id: string) => void }) {
  if (cohorts.length < 2) return null;
  return (
    <label>
      Cohort{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {cohorts.map((consent) => (
          <option key={consent.cohort.id} value={consent.cohort.id}>
            {consent.cohort.name}
          </option>
        ))}
      </select>
    </label>
  );
}
