/**
 * `files`: globs relative to cwd → the files to upload, checked before any request: a glob that
 * matches nothing, a directory, a name the registry refuses (generic-packages.md §2.2) and two
 * files with one name are problems of the input, reported together.
 */
import * as fs from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { LinkType } from '../model.js';
import type { FileAsset } from './assets.js';

export interface LocalFile {
  /** The file name in the registry and the link's name. */
  name: string;
  path: string;
  size: number;
  /** From an assets entry with "path": how the link differs from the defaults. */
  link?: { name?: string; linkType: LinkType; directAssetPath?: string };
}

// The newest generic file-name rule (§2.2): letters, digits, . _ - + ~ @, no leading or trailing ~ or @.
const FILE_NAME = /^(?![~@])[A-Za-z0-9._+~@-]+(?<![~@])$/;
// package_name and package_version (§2.2).
export const PACKAGE_NAME = /^[A-Za-z0-9._+-]+$/;
export const PACKAGE_VERSION = /^(?!.*\.\.)[\w+.-]+$/;

export function fileNameProblem(name: string): string | undefined {
  if (FILE_NAME.test(name)) return undefined;
  return `file name "${name}" is refused by GitLab's package registry (letters, digits and . _ - + ~ @ only; no spaces or #; no leading or trailing ~ or @)`;
}

export function expandFiles(patterns: string[], cwd: string): { files: LocalFile[]; problems: string[] } {
  const problems: string[] = [];
  const byName = new Map<string, LocalFile>();
  for (const pattern of patterns) {
    const matches = globFiles(pattern, cwd);
    if (matches.length === 0) {
      problems.push(`"${pattern}" matches no file in ${cwd}`);
      continue;
    }
    for (const path of matches) {
      const stat = fs.statSync(path);
      const shown = relative(cwd, path) || path;
      if (stat.isDirectory()) {
        problems.push(`"${pattern}" matches the directory ${shown}: only files can be uploaded`);
        continue;
      }
      const name = basename(path);
      const refused = fileNameProblem(name);
      if (refused) {
        problems.push(`${shown}: ${refused}`);
        continue;
      }
      const other = byName.get(name);
      if (other && other.path !== path) problems.push(`${relative(cwd, other.path)} and ${shown} have the same file name ${name}: a release links each name once`);
      else byName.set(name, { name, path, size: stat.size });
    }
  }
  return { files: [...byName.values()], problems };
}

/** assets entries with "path": a file, or a glob matching exactly one file. */
export function expandFileAssets(assets: FileAsset[], cwd: string): { files: LocalFile[]; problems: string[] } {
  const files: LocalFile[] = [];
  const problems: string[] = [];
  for (const asset of assets) {
    const found = expandFiles([asset.path], cwd);
    problems.push(...found.problems);
    if (found.problems.length > 0) continue;
    if (found.files.length !== 1) {
      problems.push(`"path": "${asset.path}" matches ${found.files.length} files; an assets entry uploads exactly one (use files for several)`);
      continue;
    }
    const { name, linkType, directAssetPath } = asset;
    files.push({ ...found.files[0]!, link: { linkType, ...(name ? { name } : {}), ...(directAssetPath ? { directAssetPath } : {}) } });
  }
  return { files, problems };
}

/**
 * fs.globSync, sorted. Before Node 22.17 it is marked experimental and Node prints an
 * ExperimentalWarning on first use: that line says nothing to a user, so it alone is held back.
 */
function globFiles(pattern: string, cwd: string): string[] {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/glob/i.test(text) && /experimental/i.test(`${text} ${String(rest[0] ?? '')}`)) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const found = fs.globSync(pattern, { cwd }) as string[];
    return found.map((p) => (isAbsolute(p) ? p : resolve(cwd, p))).sort();
  } finally {
    process.emitWarning = emit;
  }
}
