/**
 * The files of a release as they are on disk: their sha256 (streamed, never read whole), the
 * SHA256SUMS file over them, and the package they go to (generic-packages.md §2.2).
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { LocalFile } from '../inputs/files.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from '../inputs/files.js';
import type { Inputs } from '../inputs/inputs.js';
import { fileChunks } from './file-chunks.js';

export interface ReleaseFile {
  name: string;
  size: number;
  sha256: string;
  /** Link overrides from an assets entry with "path". */
  link?: LocalFile['link'];
  /** On disk; or, for the generated SHA256SUMS, the bytes themselves. */
  source: { path: string } | { bytes: Buffer };
}

export interface ReleaseFiles {
  packageName: string;
  packageVersion: string;
  files: ReleaseFile[];
}

export const CHECKSUMS_FILE = 'SHA256SUMS';

export async function readReleaseFiles(inputs: Inputs, version: string): Promise<ReleaseFiles | undefined> {
  if (!inputs.files || inputs.files.length === 0) return undefined;
  const files = await Promise.all(inputs.files.map(hashed));
  if (inputs.checksums) files.push(checksumsOf(files));
  return { ...packageOf(inputs, version), files };
}

async function hashed(file: LocalFile): Promise<ReleaseFile> {
  const hash = createHash('sha256');
  for await (const chunk of fileChunks(file.path)) hash.update(chunk);
  return { name: file.name, size: file.size, sha256: hash.digest('hex'), source: { path: file.path }, ...(file.link ? { link: file.link } : {}) };
}

/** `sha256sum` format: `<hex>  <name>`, one line per file, by name. */
function checksumsOf(files: ReleaseFile[]): ReleaseFile {
  const text = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
  const bytes = Buffer.from(text, 'utf8');
  return { name: CHECKSUMS_FILE, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), source: { bytes } };
}

/** The package name and version, defaulted and checked before any request. */
function packageOf(inputs: Inputs, version: string): { packageName: string; packageVersion: string } {
  const packageName = inputs.packageName ?? defaultPackageName(inputs);
  const packageVersion = inputs.packageVersion ?? version;
  const problems = [];
  if (!PACKAGE_NAME.test(packageName)) {
    problems.push({ input: 'package-name', message: `the derived package name "${packageName}" is refused by GitLab's package registry`, hint: 'Give package-name (letters, digits and . _ - + only).' });
  }
  if (!PACKAGE_VERSION.test(packageVersion)) {
    problems.push({ input: 'package-version', message: `the release's version "${packageVersion}" is refused by GitLab's package registry as a package version`, hint: 'Give package-version (letters, digits and . _ - + only, without "..").' });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { packageName, packageVersion };
}

/** `pkg@` or `pkg/v` name a package; else the project's name; else `release`. */
export function defaultPackageName(inputs: Pick<Inputs, 'tagPrefix' | 'project' | 'projectUrl'>): string {
  const fromPrefix = /^(.+?)(?:@|\/v?)$/.exec(inputs.tagPrefix)?.[1];
  if (fromPrefix) return fromPrefix.split('/').at(-1)!;
  const fromProject = inputs.project && !/^\d+$/.test(inputs.project) ? inputs.project.split('/').at(-1) : undefined;
  const fromUrl = inputs.projectUrl?.replace(/\/+$/, '').split('/').at(-1);
  return fromProject ?? fromUrl ?? 'release';
}
