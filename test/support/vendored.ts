/**
 * The public reference data the tests validate against, read from test/vendor/ (see its README for
 * source, version and licence). A missing or unreadable file is an error that names the file and
 * the fix, so a suite cannot quietly load nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const VENDOR_DIR = resolve(import.meta.dirname, '..', 'vendor');

export type VendoredSchema = 'github-action' | 'github-workflow' | 'gitlab-ci';

/** The text of a vendored file, by its path under test/vendor/. */
export function readVendored(relativePath: string, dir = VENDOR_DIR): string {
  const path = resolve(dir, relativePath);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`vendored test data ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): `
      + 'restore it from git or from the source listed in test/vendor/README.md', { cause: error });
  }
}

/** A vendored JSON schema, parsed. */
export function vendoredSchema(name: VendoredSchema, dir = VENDOR_DIR): object {
  const file = `schemas/${name}.json`;
  const text = readVendored(file, dir);
  try {
    return JSON.parse(text) as object;
  } catch (error) {
    throw new Error(`vendored schema ${file} is not JSON: replace it whole from the source in test/vendor/README.md`, { cause: error });
  }
}
