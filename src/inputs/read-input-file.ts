/** Reads a file named by an input, turning every way it can fail into a problem text. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export type FileRead = { ok: true; text: string } | { ok: false; problem: string };

export function readInputFile(path: string, cwd: string): FileRead {
  const full = resolve(cwd, path);
  try {
    if (statSync(full).isDirectory()) return { ok: false, problem: `${full} is a directory, not a file` };
    return { ok: true, text: readFileSync(full, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: `${full} does not exist` };
    if (code === 'EACCES') return { ok: false, problem: `${full} is not readable` };
    return { ok: false, problem: `${full} cannot be read (${code ?? (error as Error).message})` };
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
