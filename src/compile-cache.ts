/**
 * Node's module compile cache (22.1+): the second run on a machine reuses V8's compiled code for
 * the bundle instead of compiling ~500 kB of JavaScript again (tens of milliseconds per run).
 *
 * The cache lives in a folder of this user's own under the temp directory. Node's default folder
 * is shared by every user of the machine, and a shared runner's other users must not be able to
 * hand us compiled code: the folder is used only when it is a real directory (not a link) owned
 * by us and writable by nobody else. Anything unexpected (no temp directory, read-only disk, an
 * older Node) leaves the cache off and the run as it was: the cache only ever saves time.
 */
import module from 'node:module';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cache folder for this user under `root`, created private; undefined when it is not safe to use. */
export function privateCacheDirectory(root: string = tmpdir(), uid: number | undefined = process.getuid?.()): string | undefined {
  const dir = join(root, `forge-release-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Turns the compile cache on when Node has one and a safe folder exists; never throws. */
export function enableCompileCache(): void {
  // NODE_COMPILE_CACHE / NODE_DISABLE_COMPILE_CACHE: the user's own choice wins.
  if (typeof module.enableCompileCache !== 'function' || process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = privateCacheDirectory();
  if (dir === undefined) return;
  try {
    module.enableCompileCache(dir);
  } catch {
    // An unwritable folder is reported through the result, not thrown; anything else only costs time.
  }
}
