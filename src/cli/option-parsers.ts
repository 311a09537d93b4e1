// Parsers for numeric command-line options: one message shape for every command ("--limit must be ...; got ...").
import { ReferableError } from '../core/errors.ts';

/** A whole number of at least `min` (0 for counts and offsets, 1 for limits). */
export function wholeNumberOption(name: string, min = 0) {
  return (value: string): number => {
    const number = Number(value.trim());
    if (value.trim() === '' || !Number.isInteger(number) || number < min) {
      throw new ReferableError('INVALID_INPUT', `${name} must be a whole number of ${min} or more; got "${value}"`);
    }
    return number;
  };
}
