import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { privateCacheDirectory } from '../../src/compile-cache.js';

const uid = process.getuid?.();
let root: string;
beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'forge-compile-cache-test-')); });
afterEach(() => { rmSync(root, { recursive: true, force: true }); });
const expected = () => join(root, `forge-release-compile-cache-${uid ?? 'user'}`);

describe('the compile cache folder', () => {
  it('is a folder of this user’s own, created readable by nobody else', () => {
    const dir = privateCacheDirectory(root, uid);
    expect(dir).toBe(expected());
    expect(lstatSync(dir!).isDirectory()).toBe(true);
    if (process.platform !== 'win32') expect(lstatSync(dir!).mode & 0o077).toBe(0);
  });

  it('is used again on the next run', () => {
    privateCacheDirectory(root, uid);
    expect(privateCacheDirectory(root, uid)).toBe(expected());
  });

  it.runIf(process.platform !== 'win32')('is refused when someone else could write into it', () => {
    mkdirSync(expected());
    chmodSync(expected(), 0o777);
    expect(privateCacheDirectory(root, uid)).toBeUndefined();
  });

  it.runIf(process.platform !== 'win32')('is refused when it belongs to another user', () => {
    mkdirSync(expected(), { mode: 0o700 });
    const other = (uid ?? 0) + 1;
    // The folder name carries the uid asked for; make that name exist, owned by the running user.
    mkdirSync(join(root, `forge-release-compile-cache-${other}`), { mode: 0o700 });
    expect(privateCacheDirectory(root, other)).toBeUndefined();
  });

  it.runIf(process.platform !== 'win32')('is refused when the name is a link, even to a private folder', () => {
    const target = join(root, 'elsewhere');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, expected());
    expect(privateCacheDirectory(root, uid)).toBeUndefined();
  });

  it('is none, without an error, when the temp directory cannot hold it', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    expect(privateCacheDirectory(file, uid)).toBeUndefined();
  });
});
