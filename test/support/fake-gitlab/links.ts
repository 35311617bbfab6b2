/**
 * Release links: the model's validations (§4.2), `Releases::Links::Params` and the Link entity (§3.3).
 * Full messages come in the order of the sheet's examples: name, url, filepath.
 */
import type { Project } from './project.js';
import type { ReleaseLink } from './state.js';
import { escapeSegment } from './url-encoding.js';

/** Anti-backtracking regex of `Releases::Link` (Ruby's `\w` is ASCII, as in JavaScript). */
const FILEPATH_REGEX = /^\/[^/](?!.*\/\/.*)[\-.\w/]+[\da-zA-Z]+$/;
const FILEPATH_MAX_LENGTH = 128;
const ALLOWED_SCHEMES = ['http', 'https', 'ftp'];

export interface LinkFields { name: string | null; url: string | null; filepath: string | null; link_type: string | null }

/** The attributes a create/update passes to the model: `direct_asset_path || filepath`, only when one was sent. */
export function linkAttributes(params: Record<string, unknown>): Partial<LinkFields> {
  const attributes: Partial<LinkFields> = {};
  for (const key of ['name', 'url', 'link_type'] as const) if (key in params) attributes[key] = params[key] as string | null;
  if ('direct_asset_path' in params || 'filepath' in params) {
    // Ruby's `||`: only nil falls through, an empty direct_asset_path stays "".
    attributes.filepath = (params.direct_asset_path ?? params.filepath ?? null) as string | null;
  }
  return attributes;
}

export type LinkAttribute = 'name' | 'url' | 'filepath';
export interface LinkError { attribute: LinkAttribute; message: string }

/** Validation errors of a link next to the release's other links (uniqueness is per release). */
export function linkErrors(link: LinkFields, others: ReleaseLink[]): LinkError[] {
  const errors: LinkError[] = [];
  const add = (attribute: LinkAttribute, message: string) => errors.push({ attribute, message });
  const blank = (value: string | null) => value === null || value.trim() === '';
  if (blank(link.name)) add('name', "can't be blank");
  else if (others.some((other) => other.name === link.name)) add('name', 'has already been taken');
  if (blank(link.url)) {
    add('url', "can't be blank");
    add('url', 'must be a valid URL');
  } else {
    const blocked = urlBlockedReason(link.url!);
    if (blocked) add('url', `is blocked: ${blocked}`);
    if (others.some((other) => other.url === link.url)) add('url', 'has already been taken');
  }
  if (!blank(link.filepath) && others.some((other) => other.filepath === link.filepath)) add('filepath', 'has already been taken');
  if (link.filepath !== null) {
    if (link.filepath.length > FILEPATH_MAX_LENGTH) add('filepath', `is too long (maximum is ${FILEPATH_MAX_LENGTH} characters)`);
    else if (!FILEPATH_REGEX.test(link.filepath)) add('filepath', 'is in an invalid format');
  }
  return errors;
}

/** Rails full messages: `Name has already been taken`. */
export const fullMessage = (error: LinkError) => `${error.attribute[0]!.toUpperCase()}${error.attribute.slice(1)} ${error.message}`;

export const LINK_TYPES = ['other', 'runbook', 'image', 'package'];

/** `AddressableUrlValidator` with schemes http/https/ftp; no DNS, local addresses allowed. */
function urlBlockedReason(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !ALLOWED_SCHEMES.includes(scheme)) return 'Only allowed schemes are http, https, ftp';
  try {
    return new URL(url).hostname === '' ? 'URI is invalid' : undefined;
  } catch {
    return 'URI is invalid';
  }
}

/** A link that passed validation has a name and a URL. */
export const validLink = (link: LinkFields) => ({ ...link, name: link.name ?? '', url: link.url ?? '' });

/** The validator strips whitespace around the URL before it is stored. */
export const storedUrl = (url: string | null) => (url === null ? null : url.trim());

export function linkEntity(link: ReleaseLink, tag: string, project: Project) {
  const directAssetUrl = link.filepath === null
    ? link.url
    : `${project.webUrl}/-/releases/${escapeSegment(tag)}/downloads/${link.filepath.replace(/^\//, '')}`;
  return { id: link.id, name: link.name, url: link.url, direct_asset_url: directAssetUrl, link_type: link.link_type };
}

/** `release.links.sorted`: newest first (ties: the later id first). */
export const sortedLinks = (links: ReleaseLink[]) =>
  [...links].sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || b.id - a.id);
