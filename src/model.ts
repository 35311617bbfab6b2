/** The values that flow through a run: what GitLab holds, what we want, and the plan between them. */

export type LinkType = 'other' | 'runbook' | 'image' | 'package';
export const LINK_TYPES: readonly LinkType[] = ['other', 'runbook', 'image', 'package'];

/** An asset link as the user asked for it. */
export interface AssetLink {
  name: string;
  url: string;
  linkType: LinkType;
  /** Starts with '/'; undefined = no direct asset path. */
  directAssetPath?: string;
}

/** A link as GitLab holds it (Link entity, §3.3 of the behaviour sheet). */
export interface ExistingLink {
  id: number;
  name: string;
  url: string;
  linkType: LinkType;
  directAssetUrl: string;
  /** Recovered from direct_asset_url (GitLab does not return the stored path). */
  directAssetPath?: string;
}

/** The subset of GitLab's Release entity we read. */
export interface ExistingRelease {
  tagName: string;
  name: string;
  description: string | null;
  releasedAt: string;
  createdAt: string;
  upcoming: boolean;
  commitSha?: string;
  milestones: string[];
  links: ExistingLink[];
  evidenceCount: number;
  webUrl: string;
}

export interface ReleaseFields {
  tagName: string;
  name: string;
  description: string;
  ref?: string;
  tagMessage?: string;
  milestones?: string[];
  releasedAt?: string;
  links: AssetLink[];
}

export type ReleaseStep =
  | { kind: 'create'; fields: ReleaseFields } // links travel in the create body: one request
  | { kind: 'update'; changed: Partial<Pick<ReleaseFields, 'name' | 'description' | 'milestones' | 'releasedAt'>> }
  | { kind: 'none' };

export type LinkStep =
  | { kind: 'create'; link: AssetLink }
  | { kind: 'update'; id: number; link: AssetLink; was: ExistingLink } // always resend link_type (GitLab resets it)
  | { kind: 'delete'; id: number; name: string };

export type EvidenceStep =
  | { kind: 'collect'; required: boolean }
  | { kind: 'skip'; reason: string };

export type RunResult = 'created' | 'updated' | 'unchanged' | 'planned' | 'skipped';
export type EvidenceResult = 'collected' | 'unavailable' | 'skipped' | 'planned';
