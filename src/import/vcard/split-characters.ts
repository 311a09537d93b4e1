// vCard lines are folded every 75 octets, and writers may fold inside a multi-byte UTF-8 character; rejoin those
// characters in the bytes before decoding, or the file fails UTF-8 and is misread as Windows-1252.
import { isUtf8 } from 'node:buffer';

const LF = 0x0a;
const CR = 0x0d;

/** Bytes a UTF-8 sequence starting with `lead` takes (1 for ASCII and stray continuation bytes). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/**
 * Moves the first bytes of a character cut by a fold to after the fold's space ("\xC3\r\n \xA9" becomes
 * "\r\n \xC3\xA9"), so the text decodes as UTF-8 and unfolding gives the character back. Line count and every
 * other byte stay as they were, so line numbers in issues still match the file. Returns the input when nothing is cut.
 */
export function rejoinSplitCharacters(bytes: Uint8Array): Uint8Array {
  // A character cut by a fold leaves a lead byte before a line break, which valid UTF-8 never has: most files pass this
  // native check in a few milliseconds, where looking at every line break (half a million in a phone's export) took
  // several times that.
  if (isUtf8(bytes)) return bytes;
  // Scans the bytes being rewritten: after one move, a second fold inside the same character sees the moved lead.
  let work = bytes;
  let at = work.indexOf(LF);
  while (at >= 0 && at + 1 < work.length) {
    const next = work[at + 1];
    if (next === 0x20 || next === 0x09) {
      const breakStart = at > 0 && work[at - 1] === CR ? at - 1 : at;
      // Find an incomplete sequence ending right before the line break.
      let back = 0;
      while (back < 3 && breakStart - back - 1 >= 0 && (work[breakStart - back - 1] & 0xc0) === 0x80) back++;
      const lead = breakStart - back - 1;
      if (lead >= 0 && work[lead] >= 0xc0 && sequenceLength(work[lead]) > back + 1) {
        if (work === bytes) work = Uint8Array.from(bytes);
        const cut = work.slice(lead, breakStart);
        const fold = work.slice(breakStart, at + 2);
        work.set(fold, lead);
        work.set(cut, lead + fold.length);
      }
    }
    at = work.indexOf(LF, at + 1);
  }
  return work;
}
