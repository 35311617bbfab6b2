/**
 * A file the run will write (notes-file, dotenv) is checked with the other inputs: a missing or
 * read-only directory must stop the run before GitLab is touched, not after the release exists.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why the file cannot be written, or undefined when it can. */
export function outputPathProblem(path: string, cwd: string): string | undefined {
  const full = resolve(cwd, path);
  const parent = dirname(full);
  const kind = kindOf(full);
  if (kind === 'directory') return `${full} is a directory, not a file`;
  if (kind === 'file') return writable(full) ? undefined : `${full} exists and is not writable`;
  const parentKind = kindOf(parent);
  if (parentKind === 'missing') return `cannot be written: the directory ${parent} does not exist`;
  if (parentKind === 'file') return `cannot be written: ${parent} is a file, not a directory`;
  return writable(parent) ? undefined : `cannot be written: the directory ${parent} is not writable`;
}

function kindOf(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
