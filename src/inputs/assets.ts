/**
 * The assets input: a JSON array of links, validated as GitLab would (behaviour sheet §4.2) so a
 * bad link fails before any write instead of after GitLab created the tag.
 */
import { LINK_TYPES, type AssetLink, type LinkType } from '../model.js';

/** An assets entry with "path": a file to upload, linked with these overrides. */
export interface FileAsset {
  path: string;
  name?: string;
  linkType: LinkType;
  directAssetPath?: string;
}

export interface AssetsParse {
  links: AssetLink[];
  files: FileAsset[];
  problems: string[];
  warnings: string[];
}

// GitLab's Releases::Link::FILEPATH_REGEX, checked after the 128-character limit.
const FILEPATH = /^\/[^/](?!.*\/\/.*)[-.\w/]+[\da-zA-Z]+$/;
const SCHEMES = ['http:', 'https:', 'ftp:'];

export function parseAssets(raw: string): AssetsParse {
  const result: AssetsParse = { links: [], files: [], problems: [], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    result.problems.push(`is not valid JSON (${(error as Error).message})`);
    return result;
  }
  if (!Array.isArray(data)) {
    result.problems.push('must be a JSON array of links, e.g. [{"name":"app.tgz","url":"https://…"}]');
    return result;
  }
  data.forEach((item, index) => {
    const link = parseLink(item, `[${index}]`, result);
    if (link) result.links.push(link);
  });
  checkUnique(result, (l) => l.name, 'name');
  checkUnique(result, (l) => l.url, 'url');
  checkUnique(result, (l) => l.directAssetPath, 'direct_asset_path');
  return result;
}

function parseLink(item: unknown, at: string, result: AssetsParse): AssetLink | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    result.problems.push(`${at} is not an object`);
    return undefined;
  }
  const record = item as Record<string, unknown>;
  const known = ['name', 'url', 'path', 'link_type', 'direct_asset_path', 'filepath'];
  const unknown = Object.keys(record).filter((k) => !known.includes(k));
  if (unknown.length) result.problems.push(`${at} has unknown keys ${unknown.join(', ')} (allowed: ${known.join(', ')})`);
  if (record.path !== undefined) {
    parseFileAsset(record, at, result);
    return undefined;
  }
  const before = result.problems.length;
  const name = requiredString(record.name, `${at}.name`, result);
  const url = requiredString(record.url, `${at}.url`, result);
  if (url !== undefined) checkUrl(url, `${at}.url`, result);
  const linkType = parseLinkType(record.link_type, at, result);
  const directAssetPath = parsePath(record, at, result);
  if (result.problems.length > before || name === undefined || url === undefined) return undefined;
  return { name, url, linkType, ...(directAssetPath ? { directAssetPath } : {}) };
}

/** `{"path": "dist/app.tgz"}`: uploaded to the package registry; name defaults to the file name. */
function parseFileAsset(record: Record<string, unknown>, at: string, result: AssetsParse): void {
  const before = result.problems.length;
  if (record.url !== undefined) result.problems.push(`${at} has both "url" and "path": give "url" to link a file elsewhere, "path" to upload one`);
  const path = requiredString(record.path, `${at}.path`, result);
  const name = record.name === undefined ? undefined : requiredString(record.name, `${at}.name`, result);
  // An uploaded file is a package: the type says so unless the entry says otherwise.
  const linkType = record.link_type === undefined ? 'package' : parseLinkType(record.link_type, at, result);
  const directAssetPath = parsePath(record, at, result);
  if (result.problems.length > before || path === undefined) return;
  result.files.push({ path, linkType, ...(name ? { name } : {}), ...(directAssetPath ? { directAssetPath } : {}) });
}

function requiredString(value: unknown, at: string, result: AssetsParse): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    result.problems.push(`${at} is missing or empty`);
    return undefined;
  }
  if (value !== value.trim()) result.problems.push(`${at} has leading or trailing whitespace`);
  return value;
}

function checkUrl(url: string, at: string, result: AssetsParse): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    result.problems.push(`${at} "${url}" is not a valid URL`);
    return;
  }
  if (!SCHEMES.includes(parsed.protocol)) result.problems.push(`${at} uses ${parsed.protocol} but GitLab allows only http, https and ftp`);
}

function parseLinkType(value: unknown, at: string, result: AssetsParse): LinkType {
  if (value === undefined || value === null) return 'other';
  if (typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value)) return value as LinkType;
  result.problems.push(`${at}.link_type ${JSON.stringify(value)} is not one of ${LINK_TYPES.join(', ')}`);
  return 'other';
}

function parsePath(record: Record<string, unknown>, at: string, result: AssetsParse): string | undefined {
  if (record.filepath !== undefined) {
    result.warnings.push(`assets${at}: "filepath" is deprecated by GitLab; use "direct_asset_path"`);
    if (record.direct_asset_path !== undefined) result.warnings.push(`assets${at}: both given, direct_asset_path wins (as on GitLab)`);
  }
  const value = record.direct_asset_path ?? record.filepath;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    result.problems.push(`${at}.direct_asset_path must be a string`);
    return undefined;
  }
  if (value.length > 128) result.problems.push(`${at}.direct_asset_path is ${value.length} characters; GitLab allows at most 128`);
  else if (!FILEPATH.test(value)) {
    result.problems.push(`${at}.direct_asset_path "${value}" must start with "/", have no "//", use only letters, digits, "-", ".", "_", "/" and end with a letter or digit`);
  }
  return value;
}

function checkUnique(result: AssetsParse, key: (l: AssetLink) => string | undefined, label: string): void {
  const seen = new Set<string>();
  for (const link of result.links) {
    const value = key(link);
    if (value === undefined) continue;
    if (seen.has(value)) result.problems.push(`two links have the same ${label} "${value}" (GitLab requires unique names, URLs and paths)`);
    seen.add(value);
  }
}
