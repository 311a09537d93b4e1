// Why a write failed, in words, from the codes the operating system, SQLite and PostgreSQL use for it.

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  SQLITE_FULL: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the disk reported an input/output error',
  SQLITE_IOERR: 'the disk reported an input/output error',
  EROFS: 'the file system is read-only',
  SQLITE_READONLY: 'the database file or its folder is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  // PostgreSQL SQLSTATEs: disk_full, out_of_memory, io_error.
  '53100': "the database server's disk is full",
  '53200': 'the database server ran out of memory',
  '58030': 'the database server reported an input/output error',
};

/** Codes after which freeing space is what to do. */
const OUT_OF_SPACE = new Set(['ENOSPC', 'SQLITE_FULL', 'EDQUOT', '53100']);

/** The cause for an error code (SQLITE_IOERR_WRITE is an SQLITE_IOERR), or undefined when the code is not one of these. */
export function failureCause(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  if (CAUSES[code]) return CAUSES[code];
  if (code.startsWith('SQLITE_IOERR_')) return CAUSES.SQLITE_IOERR;
  if (code.startsWith('SQLITE_READONLY_')) return CAUSES.SQLITE_READONLY;
  return undefined;
}

/** "the disk is full (ENOSPC)", with what to do when there is something to do. */
export function describeFailure(code: string): string {
  const cause = failureCause(code) ?? 'the write failed';
  return `${cause} (${code})`;
}

export function isOutOfSpace(code: unknown): boolean {
  return typeof code === 'string' && OUT_OF_SPACE.has(code);
}
