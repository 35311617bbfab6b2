/**
 * Tag names by git's check-ref-format rules plus GitLab's own (Gitlab::GitRefValidator, behaviour
 * sheet §4.3), checked before any request so a bad tag never half-creates a release.
 */

// ASCII control characters, space, ~ ^ : ? * [ and backslash are never allowed in a ref.
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;

/** Returns why the name is not a valid tag name, or undefined when it is. */
export function tagNameProblem(name: string): string | undefined {
  if (name === 'HEAD') return `"${name}" is reserved by git`;
  if (name.startsWith('refs/heads/') || name.startsWith('refs/remotes/')) return 'starts with refs/heads/ or refs/remotes/';
  return refNameProblem(name);
}

/**
 * git check-ref-format's rules for any ref name (branch, tag, or a SHA, which passes them): the
 * ref is sent to GitLab, which resolves names only, so `a..b` or `main~1` can never work there.
 */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name === '@') return `"${name}" is reserved by git`;
  if (name.startsWith('-')) return 'starts with "-" (it would be read as an option)';
  if (FORBIDDEN.test(name)) return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..')) return 'contains ".."';
  if (name.includes('@{')) return 'contains "@{"';
  if (name.includes('//') || name.startsWith('/') || name.endsWith('/')) return 'has an empty path component ("//" or a leading or trailing "/")';
  if (name.endsWith('.')) return 'ends with "."';
  const component = name.split('/').find((part) => part.startsWith('.') || part.endsWith('.lock'));
  if (component !== undefined) return `has a component "${component}" that starts with "." or ends with ".lock"`;
  return undefined;
}
