/**
 * One run: resolve the release (git) → read the forge's facts, once → plan (pure) → (dry run? stop)
 * → apply → outputs. Only git (src/git) and the forge (src/forge) touch the outside world.
 */
import { resolve } from 'node:path';
import { applyPlan } from './apply/apply-plan.js';
import { describePlan } from './describe.js';
import type { FactsWanted, Forge, ForgeFacts } from './forge/forge.js';
import { createGitLabForge } from './forge/gitlab/gitlab-forge.js';
import type { GitLabClient } from './gitlab/client.js';
import type { Logger, RunReport } from './hosts/host.js';
import type { Inputs } from './inputs/inputs.js';
import { loadConventional } from './notes/load-conventional.js';
import { writeOutputFile } from './outputs-file.js';
import { toOutputs, skippedOutputs, webLinks } from './outputs-of-run.js';
import { gitlabLine, notesLine, resolvedLine } from './phase-lines.js';
import { milestonesToCheck, planRelease, type DesiredRelease, type GitFacts } from './plan/plan-release.js';
import { finalDescription, notesBlock, notesDate } from './resolve/release-notes.js';
import { resolveRelease, type ResolvedRelease } from './resolve/resolve-release.js';
import { checkTagOnGitLab } from './resolve/tag-on-gitlab.js';
import { VERSION } from './version.js';
import { mention } from './option-mention.js';

export async function run(inputs: Inputs, log: Logger): Promise<Omit<RunReport, 'warnings'>> {
  // conventional-changelog is most of a run's JavaScript: once the first git process has started
  // (setImmediate runs after it is spawned), it loads while git works. A failed load is reported
  // where the notes need it.
  if (inputs.description === undefined) setImmediate(() => loadConventional().catch(() => {}));
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
  // Files are hashed (and their names checked) before the first request. Hashing loads
  // node:crypto, a tenth of a run's start-up: only a run with files pays for it.
  const files = inputs.files?.length ? await (await import('./uploads/release-files.js')).readReleaseFiles(inputs, release.version) : undefined;
  const forge = await connectForge(inputs, log);
  const want: FactsWanted = {
    tag: release.tag, tagExistsLocally: release.tagExistsLocally, ...(inputs.projectUrl ? { projectUrl: inputs.projectUrl } : {}),
    milestonesToCheck: (current) => milestonesToCheck(inputs.milestones, current),
    ...(files ? { package: { name: files.packageName, version: files.packageVersion } } : {}),
  };
  const facts = await log.group('Read GitLab', async () => {
    const found = await forge.readFacts(want);
    if (!found.online) log.warn(`No token or project: planning offline, as if the release did not exist yet. Give ${mention('project')} and ${mention('token')} to read the real state.`);
    log.info(gitlabLine(release.tag, found.release, found.online));
    return found;
  });
  checkTagOnGitLab(release, { existing: facts.release, tagCommit: facts.tagCommit }, { computed: inputs.tag === undefined, generatedNotes: inputs.description === undefined }, log);
  if (facts.milestones?.kind === 'unchecked') log.info(facts.milestones.why);
  const date = notesDate(inputs, release, facts.release, facts.online);
  const block = await log.group('Release notes', async () => {
    const notes = await notesBlock(inputs, release, facts.projectUrl, date, log);
    log.info(notesLine(notes, inputs, release));
    log.info(notes);
    return notes;
  });
  const git: GitFacts = { commitSha: release.commitSha, tagExistsLocally: release.tagExistsLocally };
  // Pure from here: the same wish, git and forge facts always give the same plan.
  const desiredFiles = files ? { wanted: files, urls: new Map(files.files.map((f) => [f.name, forge.packageFileUrl(files.packageName, files.packageVersion, f.name)])) } : undefined;
  const makePlan = (current: ForgeFacts) => planRelease({
    ...desiredRelease(inputs, release, finalDescription(inputs, release.tag, block, current.release, log)), ...(desiredFiles ? { files: desiredFiles } : {}),
  }, git, current, new Date());
  const plan = makePlan(facts);
  const planText = describePlan(plan, forge);
  await log.group('Plan', async () => log.info(planText));
  const notesFile = await writeNotesFile(inputs, plan.notes);
  const web = webLinks(plan, facts.projectUrl);
  if (inputs.dryRun || !facts.online) return { outputs: toOutputs(plan, undefined, notesFile), planText, dryRun: true, json: inputs.json, releaseExists: facts.release !== undefined, ...web };
  const applied = await log.group('Apply', () => applyPlan(plan, {
    forge, log, replan: async () => makePlan(await forge.refresh(facts, want)),
  }));
  return { outputs: toOutputs(applied.plan, applied, notesFile), planText, dryRun: false, json: inputs.json, releaseExists: true, ...web };
}

/** What the user asked for, with the notes as they will read after merging. */
function desiredRelease(inputs: Inputs, release: ResolvedRelease, notes: string): DesiredRelease {
  return {
    tag: release.tag, version: release.version, paths: inputs.paths, ...(release.previousTag ? { previousTag: release.previousTag.name } : {}),
    ...(inputs.name !== undefined ? { name: inputs.name } : {}), notes,
    ...(inputs.milestones ? { milestones: inputs.milestones } : {}), ...(inputs.releasedAt ? { releasedAt: inputs.releasedAt } : {}),
    ...(inputs.tagMessage !== undefined ? { tagMessage: inputs.tagMessage } : {}), ...(inputs.assets ? { links: inputs.assets } : {}),
    pruneLinks: inputs.pruneLinks, evidence: inputs.evidence,
  };
}

/** gitbeaker is loaded only when GitLab is asked (an offline dry run never pays for it). */
async function connectForge(inputs: Inputs, log: Logger): Promise<Forge> {
  const online = inputs.auth.kind !== 'none' && inputs.project !== undefined;
  const client = online ? await createClient(inputs, inputs.auth as Exclude<Inputs['auth'], { kind: 'none' }>, log) : undefined;
  return createGitLabForge({ gitlabUrl: inputs.gitlabUrl, ...(inputs.project ? { project: inputs.project } : {}), auth: inputs.auth.kind, ...(client ? { client } : {}), log });
}

async function createClient(inputs: Inputs, auth: Exclude<Inputs['auth'], { kind: 'none' }>, log: Logger): Promise<GitLabClient> {
  const { createGitLabClient } = await import('./gitlab/client.js');
  return createGitLabClient({
    gitlabUrl: inputs.gitlabUrl, project: inputs.project!, auth,
    timeoutMs: inputs.timeoutMs, deadlineMs: inputs.deadlineMs, retries: inputs.retries, retryMaxWaitMs: inputs.retryMaxWaitMs,
    ...(inputs.caPem ? { caPem: inputs.caPem } : {}), insecure: inputs.insecure, userAgent: `forge-release/${VERSION}`,
    onRetry: (r) => log.warn(`${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
  });
}

async function writeNotesFile(inputs: Inputs, notes: string): Promise<string> {
  if (!inputs.notesFile) return '';
  const path = resolve(inputs.cwd, inputs.notesFile);
  await writeOutputFile(path, notes.endsWith('\n') ? notes : `${notes}\n`, 'notes-file');
  return path;
}

export type { ResolvedRelease };
