/** A `SHA256SUMS` file (sha256sum's output): `<64 hex>  <name>` or `<64 hex> *<name>` per line. */
import { basename } from 'node:path';

export const CHECKSUMS_NAME = 'SHA256SUMS';

/** File name (without directories) → lower-case digest. */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *]?(.+)$/.exec(line.trim());
    if (match) sums.set(basename(match[2]!.trim()), match[1]!.toLowerCase());
  }
  return sums;
}
