/**
 * conventional-changelog, loaded once, on demand. A run asks for it as its first git process
 * starts (run.ts): the loading then happens while git works instead of before it.
 */
type ConventionalLibraries = typeof import('./conventional-libraries.js');

let loading: Promise<ConventionalLibraries> | undefined;

export function loadConventional(): Promise<ConventionalLibraries> {
  return (loading ??= import('./conventional-libraries.js'));
}
