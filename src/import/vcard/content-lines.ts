// vCard text to cards and unfolded content lines, in one linear pass: a card with a 5 MB folded photo costs what its
// bytes cost, never the square of its line count.
import type { ImportIssue } from '../import-issue.ts';
import { leadingName } from './leading-name.ts';

/** One BEGIN:VCARD..END:VCARD block, without those two lines, and the 1-based line where it begins. */
export interface CardBlock {
  line: number;
  lines: string[];
  /**
   * The file line of each of `lines`, when lines were passed over (a picture's folds: forty a card in a phone's export,
   * which would otherwise be kept as blank lines only to be counted); without it, lines[i] is on line + 1 + i.
   */
  lineNumbers?: number[];
}

/** A content line after unfolding, with the 1-based file line it starts on. */
export interface ContentLine {
  line: number;
  text: string;
}

/** Properties whose values are pictures, sounds or keys: never contact data, often megabytes of base64. */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** The property name a line starts with ("item1.TEL;..." gives "TEL"), or '' when the line starts no property. */
export function propertyName(line: string): string {
  return leadingName(line);
}

const QUOTED_PRINTABLE = /QUOTED-PRINTABLE/i;

/** A-Z, a-z, 0-9 and "-": a character a property name or group starts with. */
function isNameCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/**
 * The first physical line of a picture whose name and parameters are complete and not quoted-printable: every folded
 * line after it belongs to it, so those lines can be passed over unread.
 */
export function startsPlainBinary(line: string): boolean {
  // P, L, S, K or a group ("item1.PHOTO"): most lines are ruled out by their first character, without a regex.
  const first = line.charCodeAt(0) | 0x20;
  if (first !== 0x70 && first !== 0x6c && first !== 0x73 && first !== 0x6b && !/^[A-Za-z0-9-]+\./.test(line)) return false;
  if (!BINARY.has(propertyName(line))) return false;
  const colon = line.indexOf(':');
  return colon >= 0 && !QUOTED_PRINTABLE.test(line.slice(0, colon));
}

/**
 * Cuts the text into cards; a card without END:VCARD (a truncated file, a bad merge) is reported and skipped. Lines
 * are found with indexOf, and the folded lines of a picture (nine in ten lines of a phone's export) are never cut
 * out of the text nor kept: they are only counted, and each kept line has its file line in lineNumbers.
 */
export function splitCards(fileName: string, text: string, issues: ImportIssue[]): CardBlock[] {
  const blocks: CardBlock[] = [];
  let open: CardBlock | null = null;
  const unterminated = (block: CardBlock) =>
    issues.push({ file: fileName, line: block.line, reason: 'the card starting on this line has no END:VCARD (is the file cut short?); it was skipped', severity: 'error' });
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let skippingFolds = false;
  // Whether the last non-empty line ended in "=": then the next line may continue a quoted-printable value, so a
  // picture's name there may be text, and its folds are read as usual.
  let afterEquals = false;
  for (let start = 0, lineNumber = 1; start <= text.length; lineNumber++) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextLf < 0 ? (nextCr < 0 ? text.length : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    const next = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const first = text.charCodeAt(start);
    const continuesEquals = afterEquals;
    if (end > start) afterEquals = text.charCodeAt(end - 1) === 61;
    if (open && skippingFolds && (first === 32 || first === 9)) {
      // Passed over: the picture they continue is dropped with them, so unfolding has nothing to read in them.
      start = next;
      // The folds dropPictureBytes leaves are a space and a CRLF each, about forty a card: taken here in a row,
      // without looking for the next line breaks one by one. Each ends in a space, not "=", as afterEquals records.
      while (text.charCodeAt(start) === 32 && text.charCodeAt(start + 1) === 13 && text.charCodeAt(start + 2) === 10) {
        start += 3;
        lineNumber++;
        afterEquals = false;
      }
      continue;
    }
    const line = text.slice(start, end);
    start = next;
    skippingFolds = false;
    if ((first === 66 || first === 98) && /^BEGIN:VCARD\s*$/i.test(line)) {
      if (open) unterminated(open);
      open = { line: lineNumber, lines: [], lineNumbers: [] };
    } else if ((first === 69 || first === 101) && /^END:VCARD\s*$/i.test(line)) {
      if (open) blocks.push(open);
      open = null;
    } else if (open) {
      open.lines.push(line);
      open.lineNumbers!.push(lineNumber);
      skippingFolds = !continuesEquals && startsPlainBinary(line);
    }
  }
  if (open) unterminated(open);
  return blocks;
}


/**
 * A content line being assembled from its physical lines; the pieces are joined once, when it is complete, and never
 * for a picture. Pieces are slices of the lines the file already holds, so keeping them costs only references.
 */
class Assembly {
  private readonly pieces: string[] = [];
  /** Still inside the name and parameters (no ":" seen yet): only there can QUOTED-PRINTABLE be declared. */
  private inHead = true;
  /** The last characters of the head, to find QUOTED-PRINTABLE even when a fold cuts through the word. */
  private headTail = '';
  private declaredQuotedPrintable = false;
  /**
   * A head that came whole in the first line (nearly every line), looked at only when the line ends in "=": a regex
   * on every line's head was a tenth of unfolding.
   */
  private wholeHeadEnd = -1;

  /**
   * @param name the property name `first` starts with: the content line's own unless a fold cut through it.
   * @param keep false for a picture's line: it is never joined.
   * @param afterBinary the line follows a picture and its first physical line starts no property: it is more base64
   *   unless the unfolded line turns out to start one after all.
   */
  constructor(readonly line: number, private readonly first: string, private readonly name: string, private readonly keep: boolean, private readonly afterBinary: boolean) {
    this.pieces.push(first);
    const colon = first.indexOf(':');
    if (colon < 0) this.appendToHead(first);
    else {
      this.wholeHeadEnd = colon;
      this.inHead = false;
    }
  }

  /** Whether the head declares QUOTED-PRINTABLE, so a last "=" is a soft line break. */
  get quotedPrintable(): boolean {
    if (this.wholeHeadEnd >= 0) {
      this.declaredQuotedPrintable = QUOTED_PRINTABLE.test(this.first.slice(0, this.wholeHeadEnd));
      this.wholeHeadEnd = -1;
    }
    return this.declaredQuotedPrintable;
  }

  append(piece: string): void {
    // Empty pieces add nothing, and leaving them out keeps the last piece's last character the line's last one.
    if (piece) this.pieces.push(piece);
    if (this.inHead) this.appendToHead(piece);
  }

  private appendToHead(piece: string): void {
    const colon = piece.indexOf(':');
    const headPart = colon >= 0 ? piece.slice(0, colon) : piece;
    if (QUOTED_PRINTABLE.test(this.headTail + headPart)) this.declaredQuotedPrintable = true;
    this.headTail = (this.headTail + headPart).slice(-15);
    if (colon >= 0) this.inHead = false;
  }

  /** Drops the "=" of a quoted-printable soft line break (the caller appends the next line right after). */
  dropSoftBreak(): void {
    const last = this.pieces.length - 1;
    const cut = this.pieces[last].slice(0, -1);
    if (cut) this.pieces[last] = cut;
    else this.pieces.pop();
  }

  /** Whether the content line so far ends in "=" (it is never empty: its first line is not blank). */
  endsInEquals(): boolean {
    const last = this.pieces[this.pieces.length - 1];
    return last !== undefined && last.charCodeAt(last.length - 1) === 61;
  }

  /** The content line, or null when it belongs to a picture (the lines after it that start no property included). */
  finish(): ContentLine | null {
    if (!this.keep) return null;
    // A line that came whole (no fold, no soft break) has the name it was opened with.
    const whole = this.pieces.length === 1 && this.pieces[0] === this.first;
    const text = whole ? this.first : this.pieces.join('');
    const name = whole ? this.name : propertyName(text);
    return BINARY.has(name) || (this.afterBinary && !name) ? null : { line: this.line, text };
  }
}

/**
 * Unfolds a card's physical lines into content lines: a line starting with a space or tab continues the previous one
 * (the space dropped), a quoted-printable value ending in "=" continues on the next line whatever it starts with, and
 * blank lines are ignored. PHOTO, LOGO, SOUND and KEY are dropped with their continuation lines, including the
 * unindented base64 lines vCard 2.1 writers use, without ever being joined.
 */
export function unfoldCard(block: CardBlock): ContentLine[] {
  const out: ContentLine[] = [];
  const { lines, lineNumbers } = block;
  let current: Assembly | null = null;
  // After a picture, lines that start no property are more of its base64 and are dropped.
  let afterBinary = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const open = current as Assembly | null;
    if (open && open.endsInEquals() && open.quotedPrintable) {
      open.dropSoftBreak();
      open.append(line);
      continue;
    }
    const first = line.charCodeAt(0);
    if (open && (first === 32 || first === 9)) {
      open.append(line.slice(1));
      continue;
    }
    if (!line || !line.trim()) continue;
    if (open) {
      const finished = open.finish();
      if (finished) out.push(finished);
      afterBinary = !finished;
    }
    const name = propertyName(line);
    const lineNumber = lineNumbers ? lineNumbers[index] : block.line + 1 + index;
    // Nine lines in ten are complete as they stand: no "=" that could be a soft break, and the next line starts a
    // property (a name character: neither a fold nor blank). They are read without assembling.
    const next = index + 1 < lines.length ? lines[index + 1].charCodeAt(0) : -1;
    if (line.charCodeAt(line.length - 1) !== 61 && (next === -1 || isNameCode(next))) {
      const dropped: boolean = BINARY.has(name) || (afterBinary && !name);
      if (!dropped) out.push({ line: lineNumber, text: line });
      afterBinary = dropped;
      current = null;
      continue;
    }
    current = new Assembly(lineNumber, line, name, !BINARY.has(name), afterBinary && !name);
  }
  const last = current as Assembly | null;
  const finished = last?.finish();
  if (finished) out.push(finished);
  return out;
}
