/**
 * Writes a file the user asked for (notes-file, dotenv). The path was checked with the inputs, so
 * a failure here is the file system changing under the run (disk full, permissions): a coded
 * error naming the file, never an E_INTERNAL "bug".
 */
import { writeFile } from 'node:fs/promises';
import { ReleaseError } from './errors.js';

export async function writeOutputFile(path: string, text: string, input: 'notes-file' | 'dotenv'): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ReleaseError('E_OUTPUT_FILE', `Could not write ${input} ${path} (${code})`, {
      hint: `Make ${path} writable (or point ${input} elsewhere) and re-run: what GitLab already holds is kept, a re-run only writes what is missing.`,
      input,
      cause: error,
    });
  }
}
