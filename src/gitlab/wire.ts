/** GitLab's JSON entities (behaviour sheet §3) ↔ the model, and the model → request bodies. */
import type { AssetLink, ExistingLink, ExistingRelease, LinkType, ReleaseFields } from '../model.js';
import { LINK_TYPES } from '../model.js';

export interface LinkEntity { id: number; name: string; url: string; direct_asset_url?: string; link_type?: string }
export interface ReleaseEntity {
  tag_name: string;
  name: string | null;
  description: string | null;
  created_at: string;
  released_at: string;
  upcoming_release?: boolean;
  commit?: { id: string } | null;
  milestones?: { title: string }[];
  assets?: { links?: LinkEntity[] };
  evidences?: unknown[];
  _links?: { self?: string };
}

export function toExistingRelease(entity: ReleaseEntity): ExistingRelease {
  const webUrl = entity._links?.self ?? '';
  return {
    tagName: entity.tag_name,
    name: entity.name ?? entity.tag_name,
    description: entity.description,
    releasedAt: entity.released_at,
    createdAt: entity.created_at,
    upcoming: entity.upcoming_release === true,
    ...(entity.commit?.id ? { commitSha: entity.commit.id } : {}),
    milestones: (entity.milestones ?? []).map((m) => m.title),
    links: (entity.assets?.links ?? []).map((l) => toExistingLink(l, webUrl)),
    evidenceCount: entity.evidences?.length ?? 0,
    webUrl,
  };
}

/**
 * GitLab does not return a link's stored path, only `direct_asset_url` =
 * `<release url>/downloads<path>` when it has one (§3.3): the path is read back from there.
 */
export function toExistingLink(entity: LinkEntity, releaseUrl: string): ExistingLink {
  const direct = entity.direct_asset_url ?? entity.url;
  const prefix = `${releaseUrl}/downloads/`;
  const path = releaseUrl && direct !== entity.url && direct.startsWith(prefix) ? `/${direct.slice(prefix.length)}` : undefined;
  return {
    id: entity.id,
    name: entity.name,
    url: entity.url,
    linkType: (LINK_TYPES as readonly string[]).includes(entity.link_type ?? '') ? (entity.link_type as LinkType) : 'other',
    directAssetUrl: direct,
    ...(path ? { directAssetPath: decodeURI(path) } : {}),
  };
}

export function linkBody(link: AssetLink): Record<string, string> {
  return { name: link.name, url: link.url, link_type: link.linkType, ...(link.directAssetPath ? { direct_asset_path: link.directAssetPath } : {}) };
}

export function createBody(fields: ReleaseFields): Record<string, unknown> {
  return {
    tag_name: fields.tagName,
    name: fields.name,
    description: fields.description,
    ...(fields.ref ? { ref: fields.ref } : {}),
    ...(fields.tagMessage !== undefined ? { tag_message: fields.tagMessage } : {}),
    ...(fields.milestones ? { milestones: fields.milestones } : {}),
    ...(fields.releasedAt ? { released_at: fields.releasedAt } : {}),
    ...(fields.links.length ? { assets: { links: fields.links.map(linkBody) } } : {}),
  };
}

export function updateBody(changed: Partial<Pick<ReleaseFields, 'name' | 'description' | 'milestones' | 'releasedAt'>>): Record<string, unknown> {
  return {
    ...(changed.name !== undefined ? { name: changed.name } : {}),
    ...(changed.description !== undefined ? { description: changed.description } : {}),
    ...(changed.milestones !== undefined ? { milestones: changed.milestones } : {}),
    ...(changed.releasedAt !== undefined ? { released_at: changed.releasedAt } : {}),
  };
}
