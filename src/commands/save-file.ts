/**
 * A download lands under a temporary name beside its target and is renamed only once it is
 * complete and accepted, so a failure (network, checksum) never leaves a partial or wrong file.
 * The bytes stream through a SHA-256 on their way to disk; nothing is held in memory whole.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface SavedFile {
  path: string;
  size: number;
  sha256: string;
}

/** Streams `source` to `target`; `accept` may throw to reject the file (it is then removed). */
export async function saveFile(source: Readable, target: string, accept: (file: SavedFile) => void): Promise<SavedFile> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, measure, createWriteStream(temp, { flags: 'wx' }));
    const file = { path: target, size, sha256: hash.digest('hex') };
    accept(file);
    await rename(temp, target);
    return file;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
