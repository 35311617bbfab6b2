/**
 * GitLab's Release entity as the release commands read it (behaviour sheet §3.1-3.4): the fields the
 * release step ignores (commit, evidences, milestones, assets count, _links) included. Keys are
 * optional where GitLab leaves them out (no read_code, no milestones, `simple=true`).
 */
import type { LinkEntity, ReleaseEntity } from './wire.js';

export interface EvidenceEntity { sha: string; filepath: string; collected_at: string }

export interface ReleaseDetails extends ReleaseEntity {
  commit?: { id: string; short_id?: string; title?: string } | null;
  milestones?: { title: string; web_url?: string }[];
  assets?: { count?: number; links?: LinkEntity[] };
  evidences?: EvidenceEntity[];
  _links?: { self?: string };
}

/** `GET /groups/:id/releases?simple=true` (BasicReleaseDetails, §3.2): nothing else. */
export interface BasicReleaseEntity {
  name: string;
  tag_name: string;
  description: string | null;
  created_at: string;
  released_at: string;
  upcoming_release: boolean;
}
