// Bytes arriving in chunks to text, with the same encodings and verdicts as decodeText (which sees the whole file).
import type { ImportIssue } from '../import-issue.ts';
import { controlCharactersIssue, decodeWindows1252, oddByteIssue, removeControlCharacters, sniffEncoding, type DecodedText } from './decode-text.ts';

/** Bytes looked at before deciding the encoding: decodeText samples the same 4 KB. */
const SNIFF_BYTES = 4096;

/**
 * Decodes a file chunk by chunk. The encoding is decided on the first 4 KB (BOM, UTF-16 NUL pattern, binary junk);
 * UTF-8 that turns out invalid switches to Windows-1252 from that chunk on, with a warning naming the line. `failed`
 * is true (with an error issue) when the bytes are no text at all.
 */
export class TextStreamDecoder {
  readonly issues: ImportIssue[] = [];
  failed = false;
  encoding: DecodedText['encoding'] = 'utf-8';
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decided = false;
  private utf16: InstanceType<typeof TextDecoder> | null = null;
  /** UTF-16 bytes given to the decoder: odd at the end means a lone last byte, left out rather than decoded to U+FFFD. */
  private utf16Bytes = 0;
  /** The bytes of an incomplete UTF-8 character at the end of the previous chunk. */
  private carry: Uint8Array | null = null;
  private lines = 1;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /** Control characters removed so far; one warning counts them at the end. */
  private controls = 0;

  constructor(private readonly fileName: string) {}

  decode(chunk: Uint8Array): string {
    return this.clean(this.decodeRaw(chunk));
  }

  end(): string {
    const text = this.clean(this.endRaw());
    if (this.controls > 0) this.issues.push(controlCharactersIssue(this.fileName, this.controls));
    return text;
  }

  private clean(text: string): string {
    const cleaned = removeControlCharacters(text);
    this.controls += cleaned.removed;
    return cleaned.text;
  }

  private decodeRaw(chunk: Uint8Array): string {
    if (this.failed || chunk.length === 0) return '';
    if (!this.decided) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return '';
      return this.decide();
    }
    return this.text(chunk, false);
  }

  private endRaw(): string {
    if (this.failed) return '';
    if (!this.decided) {
      if (this.headBytes === 0) {
        this.fail('the file is empty; export it again or pick another file');
        return '';
      }
      return this.decide() + this.text(new Uint8Array(0), true);
    }
    return this.text(new Uint8Array(0), true);
  }

  private fail(reason: string): void {
    this.failed = true;
    this.issues.push({ file: this.fileName, reason, severity: 'error' });
  }

  private decide(): string {
    this.decided = true;
    const bytes = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
    this.head = [];
    const sniffed = sniffEncoding(bytes);
    if (sniffed.kind === 'binary') {
      this.fail(sniffed.reason);
      return '';
    }
    this.encoding = sniffed.kind === 'windows-1252' ? 'utf-8' : sniffed.kind;
    if (sniffed.kind === 'utf-16le' || sniffed.kind === 'utf-16be') this.utf16 = new TextDecoder(sniffed.kind, { ignoreBOM: true });
    return this.text(bytes.subarray(sniffed.bom), false);
  }

  private text(chunk: Uint8Array, final: boolean): string {
    if (this.utf16) {
      this.utf16Bytes += chunk.length;
      if (final && this.utf16Bytes % 2 === 1) {
        // Not flushed: the decoder keeps the lone byte to itself, and the reader is told.
        this.issues.push(oddByteIssue(this.fileName));
        return '';
      }
      return this.utf16.decode(chunk, { stream: !final });
    }
    let bytes = chunk;
    if (this.carry) {
      bytes = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
    // Cut before an incomplete character so every piece decodes on its own.
    let cut = bytes.length;
    if (!final) {
      let back = 0;
      while (back < 3 && cut - back - 1 >= 0 && (bytes[cut - back - 1] & 0xc0) === 0x80) back++;
      const lead = cut - back - 1;
      if (lead >= 0) {
        const byte = bytes[lead];
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        if (needed > back + 1) cut = lead;
      }
      if (cut < bytes.length) this.carry = bytes.slice(cut);
    }
    const piece = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    try {
      const text = this.utf8.decode(piece);
      this.countLines(text);
      return text;
    } catch {
      this.encoding = 'windows-1252';
      // Past the first piece the text so far was valid UTF-8, so say from where the guess applies.
      this.issues.push(
        this.lines > 1
          ? { file: this.fileName, line: this.lines, reason: 'the file is not UTF-8 from about this line on; the rest was read as Windows-1252 (Excel on Windows). Check accented names look right', severity: 'warning' }
          : { file: this.fileName, reason: 'the file is not UTF-8; it was read as Windows-1252 (Excel on Windows). Check accented names look right', severity: 'warning' },
      );
      const carried = this.carry;
      this.carry = null;
      return decodeWindows1252(piece) + (carried ? decodeWindows1252(carried) : '');
    }
  }

  /** Lines seen so far, only while it may still matter (for the Windows-1252 warning). */
  private countLines(text: string): void {
    let at = text.indexOf('\n');
    while (at >= 0) {
      this.lines++;
      at = text.indexOf('\n', at + 1);
    }
  }
}
