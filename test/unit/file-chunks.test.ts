// A release file read through recycled buffers: every byte in order, and a chunk still intact
// while the consumer works on the next one (an upload keeps one socket write in flight).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/uploads/file-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'forge-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileChunks', () => {
  it('yields every byte in order, and the previous chunk is unchanged while the next is in use', async () => {
    const MiB = 1024 * 1024;
    // Each mebibyte holds its own byte value, and the file ends half-way through the sixth.
    const file = Buffer.concat(Array.from({ length: 6 }, (_, i) => Buffer.alloc(i === 5 ? MiB / 2 : MiB, i + 1)));
    const path = join(dir, 'six.bin');
    writeFileSync(path, file);
    const seen: Buffer[] = [];
    let previous: { chunk: Uint8Array; copy: Buffer } | undefined;
    for await (const chunk of fileChunks(path)) {
      // Give the read-ahead time to land: a buffer refilled too early would now show it.
      await new Promise((done) => setTimeout(done, 5));
      if (previous) expect(Buffer.from(previous.chunk).equals(previous.copy)).toBe(true);
      const copy = Buffer.from(chunk);
      seen.push(copy);
      previous = { chunk, copy };
    }
    expect(Buffer.concat(seen).equals(file)).toBe(true);
    expect(seen.map((c) => c.length)).toEqual([MiB, MiB, MiB, MiB, MiB, MiB / 2]);
  });

  it('an empty file yields nothing, and a consumer may stop after the first chunk', async () => {
    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(empty)) chunks.push(chunk);
    expect(chunks).toEqual([]);
    const big = join(dir, 'big.bin');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 1));
    for await (const chunk of fileChunks(big)) {
      expect(chunk.length).toBe(1024 * 1024);
      break;
    }
    rmSync(big);
  });
});
