// One way to say "1 introduction", "2 introductions", "1,204 contacts": English plural rules from Intl, not n === 1.
const RULES = new Intl.PluralRules('en-US');
const NUMBER = new Intl.NumberFormat('en-US');

/** "1 contact", "2,974 contacts"; `plural` for nouns that do not take an -s ("1 person", "3 people"). */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(count)} ${RULES.select(count) === 'one' ? singular : plural}`;
}
