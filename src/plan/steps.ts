/**
 * A plan as an ordered list of steps, and the one table of what each kind of step means for the
 * run (how many writes it sends, what it does to the release's assets). The forge's table
 * (src/forge/gitlab/steps.ts) gives each kind its words and its requests; both are keyed on
 * PlanStep['kind'], so a new kind fails to compile until every table has its entry.
 */
import type { OutputAsset } from '../outputs.js';
import type { EvidenceStep, LinkStep, ReleaseStep } from '../model.js';
import type { ReleasePlan } from './release-plan.js';
import type { UploadStep } from './upload-step.js';

export type PlanStep =
  | { kind: 'upload'; step: UploadStep }
  | { kind: 'release'; step: ReleaseStep }
  | { kind: 'link'; step: LinkStep }
  | { kind: 'evidence'; step: EvidenceStep };

export type StepOf<K extends PlanStep['kind']> = Extract<PlanStep, { kind: K }>;

export type StepTable<T> = { [K in PlanStep['kind']]: (step: StepOf<K>, plan: ReleasePlan) => T };

/** Dispatches a step to its kind's entry: the only switch on step kinds. */
export function byKind<T>(table: StepTable<T>, step: PlanStep, plan: ReleasePlan): T {
  return (table[step.kind] as (s: PlanStep, p: ReleasePlan) => T)(step, plan);
}

/**
 * The order a run applies them: files first (a release never links a missing file), then the
 * release, its links, and evidence of the result.
 */
export function planSteps(plan: ReleasePlan): PlanStep[] {
  return [
    ...(plan.uploads ? [{ kind: 'upload', step: plan.uploads } as const] : []),
    { kind: 'release', step: plan.release },
    ...plan.links.map((step) => ({ kind: 'link', step }) as const),
    { kind: 'evidence', step: plan.evidence },
  ];
}

interface StepMeaning {
  writes: number;
  /** The assets after this step, from the assets before it. */
  assets: (before: OutputAsset[]) => OutputAsset[];
  /** The change a summary counts: create, update, delete, or none. */
  change: 'create' | 'update' | 'delete' | undefined;
  /** Applying it creates the release (a run's result is then `created`). */
  createsRelease: boolean;
}

const STEP_MEANING: StepTable<StepMeaning> = {
  upload: ({ step }) => ({
    writes: step.files.filter((f) => f.action === 'put').length,
    // The release's links to the files are link steps of their own.
    assets: (before) => before,
    change: undefined,
    createsRelease: false,
  }),
  release: ({ step }, plan) => ({
    writes: step.kind === 'none' ? 0 : 1,
    // A new release carries its links in the create body.
    assets: (before) => (step.kind === 'create' ? step.fields.links.map((l) => plannedAsset(plan, l)) : before),
    change: step.kind === 'none' ? undefined : step.kind,
    createsRelease: step.kind === 'create',
  }),
  link: ({ step }, plan) => ({
    writes: 1,
    assets: (before) => {
      if (step.kind === 'delete') return before.filter((a) => a.name !== step.name);
      const next = plannedAsset(plan, step.link);
      return step.kind === 'update' ? before.map((a) => (a.name === step.was.name ? next : a)) : [next, ...before];
    },
    change: step.kind,
    createsRelease: false,
  }),
  evidence: ({ step }) => ({ writes: step.kind === 'collect' ? 1 : 0, assets: (before) => before, change: undefined, createsRelease: false }),
};

export function meaningOf(step: PlanStep, plan: ReleasePlan): StepMeaning {
  return byKind(STEP_MEANING, step, plan);
}

export function countWrites(plan: ReleasePlan): number {
  return planSteps(plan).reduce((sum, step) => sum + meaningOf(step, plan).writes, 0);
}

export function countChanges(plan: ReleasePlan, change: 'create' | 'update' | 'delete'): number {
  return planSteps(plan).filter((step) => meaningOf(step, plan).change === change).length;
}

/** What the links will be after the plan: existing ones with the planned steps folded in. */
export function plannedAssets(plan: ReleasePlan): OutputAsset[] {
  const start = plan.existing ? plan.existing.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: l.directAssetUrl, linkType: l.linkType })) : [];
  return planSteps(plan).reduce((assets, step) => meaningOf(step, plan).assets(assets), start);
}

function plannedAsset(plan: ReleasePlan, link: { name: string; url: string; linkType: OutputAsset['linkType']; directAssetPath?: string }): OutputAsset {
  // GitLab's direct asset URL: `<release url>/downloads<path>` (behaviour sheet §3.3).
  const directAssetUrl = link.directAssetPath && plan.releaseUrl ? `${plan.releaseUrl}/downloads${link.directAssetPath}` : link.url;
  return { name: link.name, url: link.url, directAssetUrl, linkType: link.linkType };
}
