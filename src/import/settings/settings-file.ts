// A settings YAML file (costs, cadence, cool-down, templates, content goals) to overrides, every problem named by line and field.
import { z } from 'zod';
import { ACTION_KINDS, type SettingsOverrides } from '../../core/settings/settings.ts';
import type { ImportIssue } from '../import-issue.ts';
import { checkYaml } from '../yaml/check-yaml.ts';
import { isPhoneRegion } from '../text/phone-number.ts';

const text = z.string().trim().min(1, 'must not be empty');
const days = z.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(3650, 'must be 3650 days or less');
const minutes = z.number().int('must be whole minutes').min(1, 'must be at least 1 minute').max(600, 'must be 600 minutes or less');
const share = z.number().gt(0, 'must be more than 0').max(1, 'must be 1 or less (a share, e.g. 0.25)');

const tier = z
  .strictObject({
    name: text,
    idealDays: days,
    maxDays: days,
    tags: z.array(text).optional(),
    inMarket: z.boolean().optional(),
  })
  .refine((value) => value.maxDays >= value.idealDays, { message: 'maxDays must be at least idealDays', path: ['maxDays'] });

const schema = z.strictObject({
  introductions: z
    .strictObject({
      coolDownDays: days.optional(),
      expireAfterDays: days.optional(),
      templates: z.strictObject({ askSeeker: text.optional(), askHelper: text.optional(), introduce: text.optional(), thankYou: text.optional(), thankHelper: text.optional() }).optional(),
    })
    .optional(),
  planner: z
    .strictObject({
      weeklyMinutes: z.number().int('must be whole minutes').min(1, 'must be at least 1 minute a week').max(10080, 'cannot exceed the minutes in a week (10080)').optional(),
      invitationsPerWeek: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(200, 'LinkedIn allows about 100 a week; 200 at most').optional(),
      maxCompanyShare: share.optional(),
      dayStartHour: z.number().int('must be a whole hour').min(0, 'must be from 0 to 23').max(23, 'must be from 0 to 23').optional(),
      costs: z.strictObject(Object.fromEntries(ACTION_KINDS.map((kind) => [kind, minutes.optional()])) as Record<(typeof ACTION_KINDS)[number], z.ZodOptional<typeof minutes>>).optional(),
      cadence: z.strictObject({ tiers: z.array(tier).min(1, 'needs at least one tier') }).optional(),
    })
    .optional(),
  content: z
    .strictObject({
      goals: z.strictObject({ focusShare: share.optional(), itemsPerWeek: z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less').optional(), sharedToCreated: z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less').optional() }).optional(),
      topics: z.array(text).optional(),
    })
    .optional(),
  contacts: z
    .strictObject({
      // '' (the default) leaves it to the system locale.
      defaultRegion: z
        .string()
        .refine((value) => value.trim() === '' || isPhoneRegion(value.trim().toUpperCase()), 'must be a two-letter ISO 3166 country code such as DE, FR or US (GB for the United Kingdom), or empty for the system locale\'s region')
        .optional(),
    })
    .optional(),
});

/** Parses and validates; returns the overrides, or null with every issue (then nothing applies). */
export function parseSettingsFile(fileName: string, source: string): { overrides: SettingsOverrides | null; issues: ImportIssue[] } {
  if (source.trim() === '') return { overrides: {}, issues: [] };
  const checked = checkYaml(fileName, source, schema, {
    emptyHint: 'the file must be a YAML mapping with any of "introductions:", "planner:", "content:" or "contacts:"; run "referable config init" for an example',
    suggest: (key, path) => {
      const known = path.length === 0 ? ['introductions', 'planner', 'content', 'contacts'] : path[path.length - 1] === 'costs' ? [...ACTION_KINDS] : [];
      const near = known.find((option) => option.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)));
      return near ? `; did you mean "${near}"?` : known.length ? ` (one of: ${known.join(', ')})` : '';
    },
  });
  return { overrides: checked.data, issues: checked.issues };
}
