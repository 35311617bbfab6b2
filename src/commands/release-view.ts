/**
 * GitLab's release entities → the JSON values the commands print (camelCase, like the release
 * step's outputs). One shape per entity so list, show, latest and delete agree.
 */
import type { BasicReleaseEntity, ReleaseDetails } from '../gitlab/release-details.js';

export interface ReleaseRow {
  tag: string;
  name: string;
  releasedAt: string;
  createdAt: string;
  upcoming: boolean;
  historical: boolean;
  /** Asset links (GitLab's assets.count also counts the four source archives); null when GitLab did not say. */
  assetCount: number | null;
  url: string | null;
}

export interface LinkView { name: string; linkType: string; url: string; directAssetUrl: string }

export interface ReleaseView extends ReleaseRow {
  commit: string | null;
  milestones: string[];
  evidences: { sha: string; collectedAt: string }[];
  links: LinkView[];
  description: string;
}

export function releaseRow(entity: ReleaseDetails | BasicReleaseEntity): ReleaseRow {
  const details = entity as ReleaseDetails;
  return {
    tag: entity.tag_name,
    name: entity.name ?? entity.tag_name,
    releasedAt: entity.released_at,
    createdAt: entity.created_at,
    upcoming: entity.upcoming_release === true,
    historical: isHistorical(entity.released_at, entity.created_at),
    assetCount: details.assets?.links ? details.assets.links.length : null,
    url: details._links?.self ?? null,
  };
}

export function releaseView(entity: ReleaseDetails): ReleaseView {
  return {
    ...releaseRow(entity),
    commit: entity.commit?.id ?? null,
    milestones: (entity.milestones ?? []).map((m) => m.title),
    evidences: (entity.evidences ?? []).map((e) => ({ sha: e.sha, collectedAt: e.collected_at })),
    links: (entity.assets?.links ?? []).map((l) => ({ name: l.name, linkType: l.link_type ?? 'other', url: l.url, directAssetUrl: l.direct_asset_url ?? l.url })),
    description: entity.description ?? '',
  };
}

/** GitLab's `historical_release?`: released (to the second) before it was created (§4.1). */
function isHistorical(releasedAt: string, createdAt: string): boolean {
  return Math.floor(Date.parse(releasedAt) / 1000) < Math.floor(Date.parse(createdAt) / 1000);
}

/** `upcoming`, `historical` or '' for the table's state column. */
export function stateOf(row: ReleaseRow): string {
  return row.upcoming ? 'upcoming' : row.historical ? 'historical' : '';
}

/** `2026-01-31T12:00:00.000Z` → `2026-01-31 12:00` (UTC), for tables. */
export function shortDate(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}
