/** The version a tag stands for: `v1.2.0` → `1.2.0`; a tag that is not semver stands for itself. */
import semver from 'semver';

export function versionOfTag(tag: string, prefix: string): string {
  const rest = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
  return semver.valid(rest) ?? rest;
}
