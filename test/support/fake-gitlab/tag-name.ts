/** `Gitlab::GitRefValidator.validate`, used when the API creates a tag (§4.3). */
import { isValidRefFormat } from './git-repo.js';

const DISALLOWED_PREFIXES = ['refs/heads/', 'refs/remotes/', '-'];

export async function isValidTagName(name: string): Promise<boolean> {
  if (name === '' || name === 'HEAD') return false;
  if (DISALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix))) return false;
  return isValidRefFormat(`refs/heads/${name}`);
}
