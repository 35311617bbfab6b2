/** Create, update only what differs, or leave alone: the release half of the plan. */
import type { AssetLink, ExistingRelease, ReleaseFields, ReleaseStep } from '../model.js';

export interface DesiredRelease {
  tag: string;
  /** undefined = keep an existing release's name (a new one is named after the tag). */
  name?: string;
  description: string;
  /** undefined = leave milestones alone. */
  milestones?: string[];
  releasedAt?: string;
  ref: string;
  tagMessage?: string;
  links: AssetLink[];
}

export function planReleaseStep(desired: DesiredRelease, existing: ExistingRelease | undefined, tagExists: boolean): ReleaseStep {
  if (!existing) return { kind: 'create', fields: createFields(desired, tagExists) };
  const changed: Extract<ReleaseStep, { kind: 'update' }>['changed'] = {};
  if (desired.name !== undefined && desired.name !== existing.name) changed.name = desired.name;
  if (desired.description !== (existing.description ?? '')) changed.description = desired.description;
  if (desired.milestones !== undefined && !sameSet(desired.milestones, existing.milestones)) changed.milestones = desired.milestones;
  if (desired.releasedAt !== undefined && !sameInstant(desired.releasedAt, existing.releasedAt)) changed.releasedAt = desired.releasedAt;
  return Object.keys(changed).length === 0 ? { kind: 'none' } : { kind: 'update', changed };
}

function createFields(desired: DesiredRelease, tagExists: boolean): ReleaseFields {
  const fields: ReleaseFields = {
    tagName: desired.tag,
    name: desired.name ?? desired.tag,
    description: desired.description,
    ref: desired.ref,
    links: desired.links,
  };
  // GitLab ignores tag_message for an existing tag; not sending it keeps the plan honest.
  if (desired.tagMessage !== undefined && !tagExists) fields.tagMessage = desired.tagMessage;
  if (desired.milestones !== undefined && desired.milestones.length > 0) fields.milestones = desired.milestones;
  if (desired.releasedAt !== undefined) fields.releasedAt = desired.releasedAt;
  return fields;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameInstant(a: string, b: string): boolean {
  return new Date(a).getTime() === new Date(b).getTime();
}
