// Options named inside messages and hints are written in the user's surface's words.
import { describe, expect, it } from 'vitest';
import { ReleaseError } from '../../src/errors.js';
import { errorInSurfaceWords, inSurfaceWords, mention } from '../../src/option-mention.js';

const workflow = (name: string) => `with: ${name}`;

describe('option mentions', () => {
  it('writes each mention as the surface names that option', () => {
    const text = `Give the tag (${mention('tag')}) or set ${mention('tag-prefix')}.`;
    expect(inSurfaceWords(text, workflow)).toBe('Give the tag (with: tag) or set with: tag-prefix.');
    expect(inSurfaceWords(text, (name) => `--${name}`)).toBe('Give the tag (--tag) or set --tag-prefix.');
  });

  it('leaves text without a mention, and flags of other programs, as they are', () => {
    const text = 'git fetch --unshallow --tags; {option: not one}';
    expect(inSurfaceWords(text, workflow)).toBe(text);
  });

  it('rewrites an error\'s message and hint, keeping its code, exit code, input and GitLab failure', () => {
    const gitlab = { status: 400, method: 'POST', endpoint: '/projects/1/releases', message: 'Ref is not specified' };
    const error = new ReleaseError('E_X', `bad ${mention('ref')}`, { hint: `set ${mention('ref')}`, exitCode: 2, input: 'ref', gitlab });
    const worded = errorInSurfaceWords(error, workflow);
    expect(worded).toMatchObject({ code: 'E_X', message: 'bad with: ref', hint: 'set with: ref', exitCode: 2, input: 'ref', gitlab });
    const plain = new ReleaseError('E_Y', 'nothing to name', { hint: 'none' });
    expect(errorInSurfaceWords(plain, workflow)).toBe(plain);
  });
});
