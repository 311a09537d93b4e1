// The commented settings file `referable config init` writes: every default, ready to edit.
import { stringify } from 'yaml';
import { DEFAULT_SETTINGS } from '../../core/settings/settings.ts';

const HEADER = `# Referable settings. Edit, then: referable config set referable-settings.yaml
# Every key is optional; leave out what you do not want to change.
#
# introductions: coolDownDays (no new ask to the same contact within it), expireAfterDays (an unanswered
#   introduction expires), templates with {{seeker.firstName}}, {{seeker.name}}, {{seeker.title}},
#   {{seeker.company}}, the same for helper and contact, {{need.text}}, {{company}}.
# planner: weeklyMinutes (your time budget), invitationsPerWeek (LinkedIn allows about 100), maxCompanyShare
#   (no company over this share of a week), costs in minutes per action, dayStartHour for calendar blocks,
#   cadence tiers checked in order (tags: contacts with any of these tags; inMarket: in-market contacts).
# content: goals for the go-to score, and focus topics beyond the target market's keywords.
# contacts: defaultRegion, where phone numbers without a country code were dialled (two letters: DE, FR, US,
#   GB for the United Kingdom), so "030 1234567" and "+49 30 1234567" are one number; empty: the system locale's region.
`;

export function exampleSettingsYaml(): string {
  return `${HEADER}\n${stringify(DEFAULT_SETTINGS, { lineWidth: 0 })}`;
}
