/**
 * One run: resolve the release → read GitLab → plan → (dry run? stop) → apply → outputs.
 * Only git (src/git) and GitLab (src/gitlab) touch the outside world; everything here decides.
 */
import { resolve } from 'node:path';
import { applyPlan } from './apply/apply-plan.js';
import { describePlan, projectApiPath } from './describe.js';
import { ReleaseError } from './errors.js';
import type { GitLabClient } from './gitlab/client.js';
import type { Logger, RunReport } from './hosts/host.js';
import type { Inputs } from './inputs/inputs.js';
import type { ExistingRelease } from './model.js';
import { writeOutputFile } from './outputs-file.js';
import { toOutputs, skippedOutputs, webLinks } from './outputs-of-run.js';
import { gitlabLine, notesLine, resolvedLine } from './phase-lines.js';
import { planRelease } from './plan/plan-release.js';
import type { ReleasePlan } from './plan/release-plan.js';
import { finalDescription, notesBlock, notesDate } from './resolve/release-notes.js';
import { resolveRelease, type ResolvedRelease } from './resolve/resolve-release.js';
import { checkTagOnGitLab } from './resolve/tag-on-gitlab.js';
import { VERSION } from './version.js';

export async function run(inputs: Inputs, log: Logger): Promise<Omit<RunReport, 'warnings'>> {
  const resolution = await log.group('Resolve the release', async () => {
    const resolved = await resolveRelease(inputs, log);
    if (resolved.kind === 'release') log.info(resolvedLine(resolved.release, inputs));
    return resolved;
  });
  if (resolution.kind === 'skip') {
    log.info(`Nothing to release: ${resolution.reason}.`);
    return { outputs: skippedOutputs(resolution), planText: `Nothing to release: ${resolution.reason}.`, dryRun: inputs.dryRun, json: inputs.json, releaseExists: false };
  }
  const release = resolution.release;
  const client = inputs.auth.kind === 'none' || !inputs.project ? undefined : await createClient(inputs, inputs.auth, log);
  const { existing, tagCommit } = await log.group('Read GitLab', async () => {
    if (!client) log.warn('No token or project: planning offline, as if the release did not exist yet. Pass --project and --token to read the real state.');
    const found = await readGitLab(client, release);
    log.info(gitlabLine(release.tag, found.existing, client !== undefined));
    return found;
  });
  checkTagOnGitLab(release, { existing, tagCommit }, { computed: inputs.tag === undefined, generatedNotes: inputs.description === undefined }, log);
  const projectUrl = await projectWebUrl(inputs, existing, client);
  const date = notesDate(inputs, release, existing, client !== undefined);
  const block = await log.group('Release notes', async () => {
    const notes = await notesBlock(inputs, release, projectUrl, date, log);
    log.info(notesLine(notes, inputs, release));
    log.info(notes);
    return notes;
  });
  const makePlan = (current: ExistingRelease | undefined) => planRelease({
    inputs, tag: release.tag, version: release.version, commitSha: current?.commitSha ?? tagCommit ?? release.commitSha,
    ...(release.previousTag ? { previousTag: release.previousTag.name } : {}),
    tagExists: release.tagExistsLocally || current !== undefined || tagCommit !== undefined, ...(current ? { existing: current } : {}),
    notes: finalDescription(inputs, release.tag, block, current, log), ...(projectUrl ? { projectUrl } : {}),
    offline: client === undefined, now: new Date(),
  });
  const plan = makePlan(existing);
  if (client) await checkMilestones(inputs, plan, client, log);
  const planText = describePlan(plan, { projectPath: projectApiPath(inputs.gitlabUrl, inputs.project) });
  await log.group('Plan', async () => log.info(planText));
  const notesFile = await writeNotesFile(inputs, plan.notes);
  const web = webLinks(plan, projectUrl);
  if (inputs.dryRun || !client) return { outputs: toOutputs(plan, undefined, notesFile), planText, dryRun: true, json: inputs.json, releaseExists: existing !== undefined, ...web };
  const applied = await log.group('Apply', () => applyPlan(plan, {
    client, log, replan: async () => makePlan((await client.getRelease(release.tag)) ?? undefined),
  }));
  return { outputs: toOutputs(applied.plan, applied, notesFile), planText, dryRun: false, json: inputs.json, releaseExists: true, ...web };
}

/**
 * The release, and where GitLab's tag is when the checkout lacks it: a release names its commit
 * itself; without one, GitLab may still hold the tag (on another commit) from an earlier run.
 */
async function readGitLab(client: GitLabClient | undefined, release: ResolvedRelease) {
  if (!client) return {};
  const existing = await client.getRelease(release.tag);
  const tagCommit = existing?.commitSha ?? (release.tagExistsLocally ? undefined : await client.findTagCommit(release.tag));
  return { existing, tagCommit };
}

/** gitbeaker is loaded only when GitLab is asked (an offline dry run never pays for it). */
async function createClient(inputs: Inputs, auth: Exclude<Inputs['auth'], { kind: 'none' }>, log: Logger): Promise<GitLabClient> {
  const { createGitLabClient } = await import('./gitlab/client.js');
  return createGitLabClient({
    gitlabUrl: inputs.gitlabUrl, project: inputs.project!, auth,
    timeoutMs: inputs.timeoutMs, deadlineMs: inputs.deadlineMs, retries: inputs.retries, retryMaxWaitMs: inputs.retryMaxWaitMs,
    ...(inputs.caPem ? { caPem: inputs.caPem } : {}), insecure: inputs.insecure, userAgent: `forge-release/${VERSION}`,
    onRetry: (r) => log.warn(`${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
  });
}

/** Links in notes point at GitLab, never at the checkout's remote (which may be GitHub). */
async function projectWebUrl(inputs: Inputs, existing: ExistingRelease | undefined, client: GitLabClient | undefined) {
  if (inputs.projectUrl) return inputs.projectUrl;
  const fromRelease = existing?.webUrl.split('/-/releases/')[0];
  if (fromRelease) return fromRelease;
  // GET /projects/:id ignores job tokens (behaviour sheet §1.3): only a private token may ask.
  if (client && inputs.auth.kind === 'private') return (await client.getProject()).webUrl;
  return undefined;
}

/** A token that can read milestones fails unknown titles before any write (GitLab's own wording). */
async function checkMilestones(inputs: Inputs, plan: ReleasePlan, client: GitLabClient, log: Logger): Promise<void> {
  const wanted = plan.release.kind === 'create' ? plan.release.fields.milestones : plan.release.kind === 'update' ? plan.release.changed.milestones : undefined;
  if (!wanted?.length) return;
  if (inputs.auth.kind !== 'private') {
    log.info('Milestones not pre-checked: a job token cannot read the milestones API (401). GitLab still rejects unknown titles before it creates the tag.');
    return;
  }
  const found = await client.findMilestones(wanted);
  const missing = wanted.filter((title) => !found.includes(title));
  if (missing.length === 0) return;
  throw new ReleaseError('E_GITLAB_MILESTONE_NOT_FOUND', `Milestone(s) not found: ${missing.join(', ')}`, {
    hint: 'Create the milestone in the project (or its direct parent group on Premium), or fix the title; titles match exactly.',
    input: 'milestones',
  });
}

async function writeNotesFile(inputs: Inputs, notes: string): Promise<string> {
  if (!inputs.notesFile) return '';
  const path = resolve(inputs.cwd, inputs.notesFile);
  await writeOutputFile(path, notes.endsWith('\n') ? notes : `${notes}\n`, 'notes-file');
  return path;
}

export type { ResolvedRelease };
