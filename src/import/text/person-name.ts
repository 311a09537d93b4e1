// A person's name as address books keep it: given and family name, a suffix, and a display name that may add a note
// after a comma ("Mario, Happy Store"): the part a user wrote to tell two Marios apart, so it is never dropped.
import { foldText } from '../../core/text/fold.ts';

export interface NameParts {
  first: string;
  last: string;
  /** "Jr.", "PhD", "III": vCard N's fifth component, Google's "Name Suffix", Outlook's "Suffix". */
  suffix?: string;
  /** The name as shown (vCard FN, Google "Name" or "File As"). */
  display?: string;
}

function words(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

/** Whether every word of `part` is already in `name`. */
function alreadyIn(name: string, part: string): boolean {
  const have = new Set(words(name));
  return words(part).every((word) => have.has(word));
}

/**
 * Whether a display name is only a phone number ("+33 6 12 34 56 78"): phones write the number as the name of a card
 * that has none. Such a card is a nameless, phone-only card, never a person called "+33 6 12 34 56" "78".
 */
export function isPhoneNumberOnly(text: string): boolean {
  return /^[\s+()./\d-]+$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5;
}

/**
 * First and last name with the suffix kept ("Smith, Jr.", as splitFullName keeps "Reyes, PhD") and, when the display
 * name is this name followed by a comma and more ("Mario, Happy Store"), that note kept on the name too, so two
 * people a phone book tells apart by it stay two names. A display name in another order ("Rossi, Mario") adds nothing.
 */
export function personName(parts: NameParts): { firstName: string; lastName: string } {
  let firstName = parts.first.trim();
  let lastName = parts.last.trim();
  const append = (extra: string) => {
    if (lastName) lastName = `${lastName}, ${extra}`;
    else firstName = `${firstName}, ${extra}`;
  };
  if (!firstName && !lastName) return { firstName, lastName };
  const suffix = (parts.suffix ?? '').trim();
  if (suffix && !alreadyIn(`${firstName} ${lastName}`, suffix)) append(suffix);
  const display = (parts.display ?? '').trim().replace(/\s+/g, ' ');
  const comma = display.indexOf(',');
  if (comma > 0) {
    const before = words(display.slice(0, comma)).join(' ');
    const note = display.slice(comma + 1).trim();
    const name = words(`${parts.first} ${parts.last}`).join(' ');
    if (note && before === name && !alreadyIn(`${firstName} ${lastName}`, note)) append(note);
  }
  return { firstName, lastName };
}
