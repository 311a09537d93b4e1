// Phone numbers as match keys. Core names the shape; the import layer supplies the real reader (libphonenumber-js,
// E.164 with the workspace's region), because core holds pure code with no third-party parsing.

/** A phone number as written ("030 1234567", "+49 30 1234567") to its match key; '' when it holds no number. */
export type PhoneKey = (raw: string) => string;

/**
 * The key when no reader is injected (unit tests of the merge): "+" and the digits of an international number, the
 * bare digits of any other. The real reader gives the same key for an international number written in E.164.
 */
export const digitsPhoneKey: PhoneKey = (raw) => {
  const digits = raw.replace(/\D+/g, '');
  if (!digits) return '';
  return /^\s*(?:\+|00)/.test(raw) ? `+${digits.replace(/^00/, '')}` : digits;
};

/** The distinct keys of a list of numbers, in order. */
export function phoneKeysOf(phones: readonly string[], key: PhoneKey): string[] {
  const keys: string[] = [];
  for (const phone of phones) {
    const value = key(phone);
    if (value && !keys.includes(value)) keys.push(value);
  }
  return keys;
}
