import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeFileName } from './upload-name.ts';

describe('safeFileName', () => {
  it('keeps the file name alone: no path, no control characters, a fallback for nothing left', () => {
    assert.equal(safeFileName('../../etc/passwd', 'upload.csv'), 'passwd');
    assert.equal(safeFileName('..', 'upload.csv'), 'upload.csv');
    assert.equal(safeFileName('C:\\Users\\me\\Connections.csv', 'upload.csv'), 'Connections.csv');
    assert.equal(safeFileName('Conn%0Aections.csv', 'upload.csv'), 'Connections.csv');
    assert.equal(safeFileName(undefined, 'upload.csv'), 'upload.csv');
  });
});
