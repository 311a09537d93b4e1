// A phone's address-book export is nine tenths pictures: PHOTO (and LOGO, SOUND, KEY) values of kilobytes of base64,
// folded over dozens of lines, that the importer never keeps. Their folded lines are cut out of the bytes before the
// text is decoded, so decoding, cleaning and splitting pass over a tenth of the file. Every line break stays (a cut
// line keeps its leading space), so line numbers in issues still match the file and splitCards reads the same cards.

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const EQUALS = 0x3d;

/**
 * The bytes with the folded lines of each plain (not quoted-printable) picture reduced to their leading space, and
 * their "=" when they end in one; the input itself when there is none. UTF-8 or another ASCII-compatible encoding
 * only: the caller passes UTF-16 as it is. Follows splitCards' rules exactly: a line break is CR, LF or CRLF; a picture
 * starts where startsPlainBinary says, unless the last non-empty line ended in "=" (it may continue a quoted-printable
 * value); its folds are the lines after it that start with a space or a tab.
 */
export function dropPictureBytes(bytes: Uint8Array): Uint8Array {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.length;
  // Written only once the first fold is cut: [keptFrom, at) of the input is still to be copied to out[written...].
  let out: Buffer | null = null;
  let written = 0;
  let keptFrom = 0;
  const keep = (until: number) => {
    out ??= Buffer.allocUnsafe(length);
    written += view.copy(out, written, keptFrom, until);
  };
  let skippingFolds = false;
  let afterEquals = false;
  let nextLf = view.indexOf(LF);
  let nextCr = view.indexOf(CR);
  for (let start = 0; start < length; ) {
    if (nextLf >= 0 && nextLf < start) nextLf = view.indexOf(LF, start);
    if (nextCr >= 0 && nextCr < start) nextCr = view.indexOf(CR, start);
    const end = nextLf < 0 ? (nextCr < 0 ? length : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    const next = end < length && view[end] === CR && view[end + 1] === LF ? end + 2 : end + 1;
    const first = view[start];
    const continuesEquals = afterEquals;
    if (end > start) afterEquals = view[end - 1] === EQUALS;
    if (skippingFolds && (first === SPACE || first === TAB)) {
      // Keep the space (still a fold) and a last "=" (what splitCards' next line looks at); drop the rest.
      const cutTo = afterEquals && end - 1 > start ? end - 1 : end;
      if (cutTo > start + 1) {
        // Between two folds of one picture only a line break and a space are kept (four in ten lines of a phone's
        // export): copied here byte by byte, without a call.
        if (out !== null && start + 1 - keptFrom < 32) {
          const kept: Buffer = out;
          for (let i = keptFrom; i <= start; i++) kept[written++] = view[i];
        } else keep(start + 1);
        keptFrom = cutTo;
      }
    } else {
      skippingFolds = !continuesEquals && startsPicture(view, start, end);
    }
    start = next;
  }
  if (!out) return bytes;
  keep(length);
  return (out as Buffer).subarray(0, written);
}

const isNameByte = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d;
const DOT = 0x2e;
const SEMICOLON = 0x3b;

/** PHOTO, LOGO, SOUND and KEY as bytes, to compare a name with in place. */
const PICTURE_NAMES = ['PHOTO', 'LOGO', 'SOUND', 'KEY'].map((name) => Buffer.from(name, 'latin1'));
const QUOTED_PRINTABLE = Buffer.from('QUOTED-PRINTABLE', 'latin1');

/** Whether view[at, at + word.length) is `word` (upper-case ASCII letters and "-") in any case. */
function isWordAt(view: Buffer, at: number, word: Buffer): boolean {
  for (let i = 0; i < word.length; i++) {
    const byte = view[at + i];
    // Letters compare with their upper case; "-" and the rest as they are.
    if ((byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte) !== word[i]) return false;
  }
  return true;
}

/** C0 controls but tab, line feed and carriage return, and DEL: what decoding removes from the text (decode-text.ts). */
const isRemovedControl = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;

/**
 * startsPlainBinary, read from the line's bytes in place: its name ("item1.PHOTO" gives PHOTO) is a picture's, its head
 * (up to the first colon) has no QUOTED-PRINTABLE, and there is a colon. A head with a control character is left alone:
 * splitCards reads it with the character removed, which could spell QUOTED-PRINTABLE. Bytes above ASCII are never part
 * of a name, a ";" or a ":", so they read as they do in the decoded text.
 */
function startsPicture(view: Buffer, start: number, end: number): boolean {
  // Most lines are ruled out by their first letter (P, L, S or K) unless they start with a group ("item1.PHOTO").
  const first = view[start] | 0x20;
  let at = start;
  while (at < end && isNameByte(view[at])) at++;
  if (at === start) return false;
  let nameStart = start;
  if (view[at] === DOT && at < end) {
    nameStart = ++at;
    while (at < end && isNameByte(view[at])) at++;
    if (at === nameStart) return false;
  } else if (first !== 0x70 && first !== 0x6c && first !== 0x73 && first !== 0x6b) return false;
  if (at >= end || (view[at] !== SEMICOLON && view[at] !== COLON)) return false;
  const length = at - nameStart;
  if (!PICTURE_NAMES.some((name) => name.length === length && isWordAt(view, nameStart, name))) return false;
  const colon = view.indexOf(COLON, at);
  if (colon < 0 || colon >= end) return false;
  // From the line's start: a group may spell it too ("QUOTED-PRINTABLE.PHOTO:").
  for (let i = start; i < colon; i++) {
    const byte = view[i];
    if (isRemovedControl(byte)) return false;
    if ((byte | 0x20) === 0x71 && colon - i >= QUOTED_PRINTABLE.length && isWordAt(view, i, QUOTED_PRINTABLE)) return false;
  }
  return true;
}
