export const id = 285;
export const ids = [285];
export const modules = {

/***/ 285:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
;// CONCATENATED MODULE: ./build/default/plan/steps.js
/** Dispatches a step to its kind's entry: the only switch on step kinds. */
function byKind(table, step, plan) {
    return table[step.kind](step, plan);
}
/**
 * The order a run applies them: files first (a release never links a missing file), then the
 * release, its links, and evidence of the result.
 */
function planSteps(plan) {
    return [
        ...(plan.uploads ? [{ kind: 'upload', step: plan.uploads }] : []),
        { kind: 'release', step: plan.release },
        ...plan.links.map((step) => ({ kind: 'link', step })),
        { kind: 'evidence', step: plan.evidence },
    ];
}
const STEP_MEANING = {
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
            if (step.kind === 'delete')
                return before.filter((a) => a.name !== step.name);
            const next = plannedAsset(plan, step.link);
            return step.kind === 'update' ? before.map((a) => (a.name === step.was.name ? next : a)) : [next, ...before];
        },
        change: step.kind,
        createsRelease: false,
    }),
    evidence: ({ step }) => ({ writes: step.kind === 'collect' ? 1 : 0, assets: (before) => before, change: undefined, createsRelease: false }),
};
function meaningOf(step, plan) {
    return byKind(STEP_MEANING, step, plan);
}
function countWrites(plan) {
    return planSteps(plan).reduce((sum, step) => sum + meaningOf(step, plan).writes, 0);
}
function countChanges(plan, change) {
    return planSteps(plan).filter((step) => meaningOf(step, plan).change === change).length;
}
/** What the links will be after the plan: existing ones with the planned steps folded in. */
function plannedAssets(plan) {
    const start = plan.existing ? plan.existing.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: l.directAssetUrl, linkType: l.linkType })) : [];
    return planSteps(plan).reduce((assets, step) => meaningOf(step, plan).assets(assets), start);
}
function plannedAsset(plan, link) {
    // GitLab's direct asset URL: `<release url>/downloads<path>` (behaviour sheet §3.3).
    const directAssetUrl = link.directAssetPath && plan.releaseUrl ? `${plan.releaseUrl}/downloads${link.directAssetPath}` : link.url;
    return { name: link.name, url: link.url, directAssetUrl, linkType: link.linkType };
}

;// CONCATENATED MODULE: ./build/default/apply/apply-plan.js
/**
 * applyPlan: the only writer. Convergence, not rollback: when a write fails in a way the forge
 * says means "the world is not what the plan assumed" (an ambiguous POST, a 409, a link someone
 * deleted), the facts are read again and the plan made again, a bounded number of times.
 */


async function applyPlan(first, deps) {
    const rounds = deps.maxRounds ?? 3;
    const done = { wrote: false, created: false };
    let plan = first;
    for (let round = 1;; round += 1) {
        try {
            const { release, evidence } = await applySteps(plan, deps.forge, done, deps.log);
            if (!done.wrote)
                deps.log.info('= nothing to write: GitLab already holds this release.');
            const result = done.created ? 'created' : done.wrote ? 'updated' : 'unchanged';
            return { result, release, evidence, plan };
        }
        catch (error) {
            if (round >= rounds || !(error instanceof errors/* ReleaseError */.K2) || !deps.forge.explain(error).stale)
                throw error;
            deps.log.warn(`${error.message}: reading the release again and re-planning (round ${round + 1} of ${rounds}).`);
            plan = await deps.replan();
        }
    }
}
async function applySteps(plan, forge, done, log) {
    let release = plan.existing;
    let evidence = 'skipped';
    for (const step of planSteps(plan)) {
        const outcome = await tally(done, meaningOf(step, plan).createsRelease, () => forge.apply(step, plan, release), log);
        release = outcome.release ?? release;
        evidence = outcome.evidence ?? evidence;
    }
    if (!release)
        throw new errors/* ReleaseError */.K2('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
    return { release, evidence };
}
/**
 * Runs one step and tallies it when the forge applied it, or may have (an ambiguous answer): a run
 * whose POST met 409 because a racing run created the release did not create it.
 */
async function tally(done, isCreate, write, log) {
    try {
        const answer = await write();
        if (answer.wrote !== undefined) {
            done.wrote = true;
            done.created ||= answer.created === true;
            // Logged as it happens: a failed run's summary shows what the forge already holds.
            log.info(answer.wrote);
        }
        return answer;
    }
    catch (error) {
        if (error instanceof errors/* ReleaseError */.K2 && error.code === 'E_WRITE_AMBIGUOUS') {
            done.wrote = true;
            done.created ||= isCreate;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/default/describe.js

function describePlan(plan, forge) {
    const lines = [...header(plan), ''];
    for (const step of planSteps(plan))
        lines.push(...forge.describe(step, plan));
    lines.push('', summary(plan));
    return lines.join('\n');
}
function header(plan) {
    // Only the checkout (and the release, if any) is known: the forge may hold a tag the checkout lacks.
    const tagState = plan.tagExists ? 'existing tag' : `new tag, GitLab creates it from ${plan.commitSha.slice(0, 12)} unless it has the tag already`;
    const lines = [
        `Release ${plan.tag} (version ${plan.version || 'n/a'})`,
        `  commit    ${plan.commitSha} (${tagState})`,
        `  previous  ${plan.previousTag ?? '(none: first release, notes cover all history)'}`,
    ];
    if (plan.paths.length > 0)
        lines.push(`  paths     ${plan.paths.join(', ')} (only commits touching them count)`);
    if (plan.releaseUrl)
        lines.push(`  url       ${plan.releaseUrl}`);
    if (plan.offline)
        lines.push('  offline   no GitLab server was read: the plan assumes the release does not exist yet');
    return lines;
}
function summary(plan) {
    const writes = countWrites(plan);
    if (writes === 0)
        return 'No changes: GitLab already holds this release. No write request will be sent.';
    return `Plan: ${countChanges(plan, 'create')} to create, ${countChanges(plan, 'update')} to update, ${countChanges(plan, 'delete')} to delete; ${writes} write request${writes === 1 ? '' : 's'}.`;
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/api-path.js
/** `https://host/gitlab` + `g/p` → `/gitlab/api/v4/projects/g%2Fp`; no project yet → a placeholder. */
function projectApiPath(gitlabUrl, project) {
    const root = new URL(gitlabUrl).pathname.replace(/\/+$/, '');
    return `${root}/api/v4/projects/${project === undefined ? '<project>' : encodeURIComponent(project)}`;
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/collect-evidence.js
/** Evidence never fails a release unless the user asked for it with evidence: always. */

async function collectEvidence(plan, client, log) {
    const step = plan.evidence;
    if (step.kind === 'skip')
        return 'skipped';
    let outcome;
    try {
        outcome = await client.collectEvidence(plan.tag);
    }
    catch (error) {
        if (step.required)
            throw error;
        log.warn(`Evidence was not collected: ${(0,errors/* toReleaseError */.Tp)(error).message}`);
        return 'unavailable';
    }
    if (outcome === 'unavailable') {
        if (step.required) {
            throw new errors/* ReleaseError */.K2('E_EVIDENCE_UNAVAILABLE', 'This GitLab instance does not offer the release evidence endpoint', {
                hint: 'The evidence endpoint needs GitLab Premium or Ultimate (GitLab still collects one snapshot by itself when it creates a release). Use evidence: auto to go on without it.',
            });
        }
        log.warn('This GitLab instance has no release evidence endpoint (Free/CE): forge-release did not collect evidence (GitLab collects one snapshot by itself when it creates a release).');
    }
    return outcome;
}

// EXTERNAL MODULE: ./build/default/uploads/file-chunks.js
var file_chunks = __webpack_require__(7444);
;// CONCATENATED MODULE: ./build/default/uploads/byte-size.js
/** A size as people read it in a log: decimal units, one decimal (`12.3 MB`). */
function bytes(size) {
    if (size < 1000)
        return `${size} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = size / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./build/default/uploads/progress.js
/**
 * Progress of one file being uploaded, as a line at most every few seconds: a file that goes up
 * faster than that shows none, a large one on a slow link shows it is still moving, how far and
 * how fast. The clock is a parameter so that the throttle can be tested without waiting.
 */

const PROGRESS_EVERY_MS = 5000;
function uploadProgress(name, size, now = Date.now, everyMs = PROGRESS_EVERY_MS) {
    const started = now();
    let shown = started;
    return (sent) => {
        const at = now();
        if (at - shown < everyMs)
            return undefined;
        shown = at;
        const percent = Math.floor((sent / Math.max(size, 1)) * 100);
        const rate = sent / Math.max((at - started) / 1000, 0.001);
        return `  uploading ${name}: ${bytes(sent)} of ${bytes(size)} (${percent}%, ${bytes(Math.round(rate))}/s)`;
    };
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/upload-files.js
/**
 * The upload step against GitLab's generic package registry. The first file of a new package
 * version goes alone (concurrent first uploads race to create the package and can fail with 500,
 * generic-packages.md §2.5), the rest a few at a time. Each file is streamed from disk with its
 * length; a duplicate refused by the group's setting becomes an error naming the file and the fixes.
 */



const CONCURRENCY = 3;
async function uploadFiles(step, client, log) {
    const puts = step.files.filter((f) => f.action === 'put');
    if (puts.length === 0)
        return undefined;
    const upload = (planned) => uploadOne(step, planned, client, log);
    const [first, ...rest] = step.packageExists ? [undefined, ...puts] : puts;
    if (first)
        await upload(first);
    const queue = [...rest];
    let failed = false;
    // allSettled, not all: a failure must not leave uploads running behind a re-read of the package.
    const workers = await Promise.allSettled(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let next = queue.shift(); next && !failed; next = queue.shift()) {
            try {
                await upload(next);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }));
    const rejected = workers.find((w) => w.status === 'rejected');
    if (rejected)
        throw rejected.reason;
    return `+ uploaded ${puts.map((p) => p.file.name).join(', ')} to package ${step.packageName} ${step.packageVersion}`;
}
async function uploadOne(step, planned, client, log) {
    const { file } = planned;
    const progress = uploadProgress(file.name, file.size);
    const body = {
        length: file.size,
        // Reopened for every attempt: a retry sends the file from its first byte.
        chunks: () => ('path' in file.source ? (0,file_chunks/* fileChunks */.T)(file.source.path) : [file.source.bytes]),
        onProgress: (sent) => {
            const line = progress(sent);
            if (line)
                log.info(line);
        },
    };
    try {
        await client.packages.upload(step.packageName, step.packageVersion, file.name, body);
    }
    catch (error) {
        throw duplicateRefused(error, step, file.name) ?? error;
    }
}
/** `400 Duplicate package is not allowed` (§2.6): the group forbids a second row of this name. */
function duplicateRefused(error, step, name) {
    if (!(error instanceof errors/* ReleaseError */.K2) || error.gitlab?.status !== 400 || !/Duplicate package is not allowed/.test(error.gitlab.message))
        return undefined;
    return new errors/* ReleaseError */.K2('E_PACKAGE_DUPLICATE', `${name} changed since it was uploaded to package ${step.packageName} ${step.packageVersion}, and GitLab refuses a second ${name} there: the group forbids duplicate generic packages. The release was not changed`, {
        hint: 'Either publish the change under a new package version (package-version, or a new tag), or allow duplicates for generic packages in the group (Settings > Packages and registries > Duplicate packages), or add this package to the exceptions there.',
        gitlab: error.gitlab,
    });
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/apply-steps.js
/** Each plan step as GitLab writes: the release API, the Links API (PUT /releases ignores assets), evidence. */



function gitlabWrites(client, log) {
    return (release) => ({
        upload: async ({ step }) => {
            const wrote = await uploadFiles(step, client, log);
            return { ...(release ? { release } : {}), ...(wrote ? { wrote } : {}) };
        },
        release: async ({ step }, plan) => {
            if (step.kind === 'create')
                return { release: await client.createRelease(step.fields), wrote: `+ release ${plan.tag} created`, created: true };
            if (step.kind === 'update') {
                return { release: await client.updateRelease(plan.tag, step.changed), wrote: `~ release ${plan.tag} updated: ${Object.keys(step.changed).join(', ')}` };
            }
            return release ? { release } : {};
        },
        link: async ({ step }, plan) => ({ release: await applyLinkStep(need(release, plan), step, client), wrote: linkWhat(step) }),
        evidence: async (_step, plan) => {
            const evidence = await collectEvidence(plan, client, log);
            // Evidence is a snapshot, not a change of the release: it is logged but not tallied as a write.
            if (evidence === 'collected')
                log.info(`+ evidence collected for ${plan.tag}`);
            return { ...(release ? { release } : {}), evidence };
        },
    });
}
function need(release, plan) {
    if (!release)
        throw new errors/* ReleaseError */.K2('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
    return release;
}
/** One Links API call, folded into the release value so outputs reflect what GitLab now holds. */
async function applyLinkStep(release, step, client) {
    switch (step.kind) {
        case 'create': {
            const created = await client.createLink(release, step.link);
            return { ...release, links: [created, ...release.links] };
        }
        case 'update': {
            const clearPath = step.link.directAssetPath === undefined && step.was.directAssetPath !== undefined;
            const updated = await client.updateLink(release, step.id, step.link, clearPath);
            return { ...release, links: release.links.map((l) => (l.id === step.id ? updated : l)) };
        }
        case 'delete':
            await client.deleteLink(release.tagName, step.id);
            return { ...release, links: release.links.filter((l) => l.id !== step.id) };
    }
}
function linkWhat(step) {
    if (step.kind === 'create')
        return `+ link ${step.link.name} created`;
    if (step.kind === 'update')
        return `~ link ${step.link.name} updated`;
    return `- link ${step.name} deleted`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./build/default/text-diff.js
/**
 * A unified-style line diff (`@@ -1,4 +1,9 @@`, then ` `, `-` and `+` lines with 3 lines of context)
 * for the plan: a reviewer sees what a description loses and gains, not only its size. The line
 * matching is Node's util.diff (Node ≥ 22.15); without it the old text shows removed, the new added.
 */

const CONTEXT = 3;
/** A dry run is read in a CI log: a rewrite of a huge description is cut here. */
const MAX_LINES = 200;
function unifiedDiff(before, after) {
    const lines = numbered(matchLines(splitLines(before), splitLines(after)));
    const changed = lines.flatMap((line, i) => (line.sign === ' ' ? [] : [i]));
    const out = hunks(changed, lines.length).flatMap(([from, to]) => hunkLines(lines.slice(from, to)));
    return out.length <= MAX_LINES ? out : [...out.slice(0, MAX_LINES), `… ${out.length - MAX_LINES} more diff lines`];
}
function splitLines(text) {
    return text === '' ? [] : text.split('\n');
}
function matchLines(before, after) {
    const diff = external_node_util_.diff;
    if (typeof diff !== 'function') {
        return [...before.map((text) => ({ sign: '-', text })), ...after.map((text) => ({ sign: '+', text }))];
    }
    // util.diff(actual, expected): 1 = only in actual (the old text), -1 = only in expected (the new).
    return diff(before, after).map(([op, text]) => ({ sign: op === 1 ? '-' : op === -1 ? '+' : ' ', text }));
}
function numbered(lines) {
    let oldNo = 0;
    let newNo = 0;
    return lines.map((line) => {
        if (line.sign !== '+')
            oldNo += 1;
        if (line.sign !== '-')
            newNo += 1;
        return { ...line, oldNo, newNo };
    });
}
/** Ranges [from, to) around the changed lines, merged when their context touches. */
function hunks(changed, length) {
    const ranges = [];
    for (const i of changed) {
        const from = Math.max(0, i - CONTEXT);
        const to = Math.min(length, i + CONTEXT + 1);
        const last = ranges.at(-1);
        if (last && from <= last[1])
            last[1] = to;
        else
            ranges.push([from, to]);
    }
    return ranges;
}
function hunkLines(lines) {
    const side = (sign, no) => {
        const own = lines.filter((l) => l.sign === ' ' || l.sign === sign);
        // An empty side counts from the line before it, as in diff -u (a line of the other side carries that number).
        const start = no(own[0] ?? lines[0]);
        return `${start},${own.length}`;
    };
    const header = `@@ -${side('-', (l) => l.oldNo)} +${side('+', (l) => l.newNo)} @@`;
    return [header, ...lines.map((l) => (l.text === '' ? l.sign.trimEnd() : `${l.sign} ${l.text}`))];
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/describe-steps.js
/** Each plan step as the GitLab request it stands for: `+ POST /api/v4/projects/g%2Fp/releases  # …`. */


function gitlabDescriptions(projectPath) {
    const base = `${projectPath}/releases`;
    const tagPath = (plan) => `${base}/${encodeURIComponent(plan.tag)}`;
    return {
        upload: ({ step }) => step.files.map(({ file, action }) => (action === 'same'
            ? `= ${file.name} (same sha256 on GitLab)`
            : call('+', 'PUT', `${projectPath}/packages/generic/${encodeURIComponent(step.packageName)}/${encodeURIComponent(step.packageVersion)}/${encodeURIComponent(file.name)}`, `${bytes(file.size)}, sha256 ${file.sha256.slice(0, 12)}…`))),
        release: ({ step }, plan) => releaseLines(step, plan, base, tagPath(plan)),
        link: ({ step }, plan) => [linkLine(step, `${tagPath(plan)}/assets/links`)],
        evidence: ({ step }, plan) => [step.kind === 'collect'
                ? call('+', 'POST', `${tagPath(plan)}/evidence`, 'collect evidence')
                : `= evidence skipped: ${step.reason}`],
    };
}
function releaseLines(step, plan, base, tagPath) {
    if (step.kind === 'none')
        return [`= release ${plan.tag} unchanged`];
    if (step.kind === 'update') {
        const lines = [call('~', 'PUT', tagPath, `update release ${plan.tag}`)];
        const was = plan.existing;
        if (step.changed.name !== undefined)
            lines.push(`    ~ name         ${JSON.stringify(was?.name)} → ${JSON.stringify(step.changed.name)}`);
        if (step.changed.description !== undefined)
            lines.push(...descriptionChange(was?.description ?? '', step.changed.description));
        if (step.changed.milestones !== undefined)
            lines.push(`    ~ milestones   ${list(was?.milestones ?? [])} → ${list(step.changed.milestones)}`);
        if (step.changed.releasedAt !== undefined)
            lines.push(`    ~ released_at  ${was?.releasedAt} → ${step.changed.releasedAt}`);
        return lines;
    }
    const f = step.fields;
    const lines = [call('+', 'POST', base, `create release ${plan.tag}`), `    name         ${JSON.stringify(f.name)}`, `    description  ${size(f.description)}`];
    if (f.tagMessage !== undefined)
        lines.push(`    tag_message  ${JSON.stringify(f.tagMessage)}`);
    if (f.milestones)
        lines.push(`    milestones   ${list(f.milestones)}`);
    if (f.releasedAt)
        lines.push(`    released_at  ${f.releasedAt}`);
    for (const link of f.links)
        lines.push(`    + link ${linkText(link)}`);
    return lines;
}
function linkLine(step, linksPath) {
    switch (step.kind) {
        case 'create': return call('+', 'POST', linksPath, `create link ${linkText(step.link)}`);
        case 'update': return call('~', 'PUT', `${linksPath}/${step.id}`, `update link ${step.link.name}: ${linkChanges(step)}`);
        case 'delete': return call('-', 'DELETE', `${linksPath}/${step.id}`, `delete link ${step.name}`);
    }
}
function linkChanges(step) {
    const changes = [];
    const { link, was } = step;
    if (link.name !== was.name)
        changes.push(`name ${was.name} → ${link.name}`);
    if (link.url !== was.url)
        changes.push(`url ${was.url} → ${link.url}`);
    if (link.linkType !== was.linkType)
        changes.push(`link_type ${was.linkType} → ${link.linkType}`);
    if (link.directAssetPath !== was.directAssetPath)
        changes.push(`path ${was.directAssetPath ?? '(none)'} → ${link.directAssetPath ?? '(none)'}`);
    return changes.join(', ');
}
function linkText(link) {
    const path = link.directAssetPath ? `, ${link.directAssetPath}` : '';
    return `${link.name} → ${link.url} (${link.linkType}${path})`;
}
/** `+ POST /api/v4/projects/g%2Fp/releases  create release v1.2.0`: the request first, as sent. */
function call(sign, method, path, what) {
    return `${sign} ${method} ${path}  # ${what}`;
}
/** The change as a diff a reviewer can read: what a description loses matters more than its size. */
function descriptionChange(before, after) {
    return [`    ~ description  ${size(before)} → ${size(after)}:`, ...unifiedDiff(before, after).map((line) => `        ${line}`)];
}
function size(text) {
    const lines = text === '' ? 0 : text.split('\n').length;
    return `${lines} line${lines === 1 ? '' : 's'}, ${text.length} characters`;
}
function list(items) {
    return items.length === 0 ? '(none)' : items.join(', ');
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/explain.js
/** GitLab's error dialect: which answers mean "the plan was made from a state that no longer holds". */

function explainGitLabError(error) {
    const known = (0,errors/* toReleaseError */.Tp)(error);
    return { error: known, stale: isStalePlan(known) };
}
function isStalePlan(error) {
    if (error.code === 'E_WRITE_AMBIGUOUS' || error.code === 'E_GITLAB_CONFLICT')
        return true;
    const status = error.gitlab?.status;
    const message = error.gitlab?.message ?? '';
    const linkCall = error.gitlab?.endpoint.includes('/assets/links') ?? false;
    if (status === 404 && linkCall)
        return true; // link or release deleted by someone else
    if (status === 400 && /has already been taken/.test(message))
        return true; // link created by a racing run
    // PUT on a tag whose release was deleted answers 403 (behaviour sheet §2.4): re-read tells which.
    if (status === 403 && error.gitlab?.method === 'PUT' && message === '403 Forbidden')
        return true;
    return false;
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/read-facts.js
async function readGitLabFacts(client, auth, want) {
    if (!client)
        return { online: false, ...(want.projectUrl ? { projectUrl: want.projectUrl } : {}) };
    const release = await client.getRelease(want.tag);
    // A release names its commit itself; without one, GitLab may still hold the tag from an earlier run.
    const tagCommit = release?.commitSha ?? (want.tagExistsLocally ? undefined : await client.findTagCommit(want.tag));
    const projectUrl = await projectWebUrl(client, auth, want.projectUrl, release);
    const titles = want.milestonesToCheck(release);
    const milestones = titles ? await milestoneFacts(client, auth, titles) : undefined;
    const pkg = want.package ? await client.packages.contents(want.package.name, want.package.version) : undefined;
    return {
        ...(pkg ? { package: pkg } : {}),
        online: true,
        ...(release ? { release } : {}),
        ...(tagCommit ? { tagCommit } : {}),
        ...(projectUrl ? { projectUrl } : {}),
        ...(milestones ? { milestones } : {}),
    };
}
/** What a run's own writes or a racing run can change: the release and the package's files. */
async function refreshGitLabFacts(client, facts, want) {
    if (!client)
        return facts;
    const { release: _release, package: _package, ...rest } = facts;
    const release = await client.getRelease(want.tag);
    const pkg = want.package ? await client.packages.contents(want.package.name, want.package.version) : undefined;
    return { ...rest, ...(release ? { release } : {}), ...(pkg ? { package: pkg } : {}) };
}
/** Links in notes point at GitLab, never at the checkout's remote (which may be GitHub). */
async function projectWebUrl(client, auth, given, release) {
    if (given)
        return given;
    const fromRelease = release?.webUrl.split('/-/releases/')[0];
    if (fromRelease)
        return fromRelease;
    // GET /projects/:id ignores job tokens (behaviour sheet §1.3): only a private token may ask.
    if (auth === 'private')
        return (await client.getProject()).webUrl;
    return undefined;
}
async function milestoneFacts(client, auth, titles) {
    if (auth !== 'private') {
        return { kind: 'unchecked', why: 'Milestones not pre-checked: a job token cannot read the milestones API (401). GitLab still rejects unknown titles before it creates the tag.' };
    }
    return { kind: 'found', titles: await client.findMilestones(titles) };
}

;// CONCATENATED MODULE: ./build/default/forge/gitlab/gitlab-forge.js






function createGitLabForge(options) {
    const { client } = options;
    const descriptions = gitlabDescriptions(projectApiPath(options.gitlabUrl, options.project));
    const writes = client ? gitlabWrites(client, options.log) : undefined;
    return {
        readFacts: (want) => readGitLabFacts(client, options.auth, want),
        refresh: (facts, want) => refreshGitLabFacts(client, facts, want),
        // `<gitlab-url>/api/v4/…`: the relative URL root stays in; it always serves the newest row (§3).
        packageFileUrl: (name, version, file) => `${options.gitlabUrl}/api/v4/projects/${encodeURIComponent(options.project ?? '<project>')}/packages/generic/${[name, version, file].map(encodeURIComponent).join('/')}`,
        describe: (step, plan) => byKind(descriptions, step, plan),
        apply: (step, plan, release) => {
            if (!writes)
                throw new Error('an offline plan cannot be applied');
            return byKind(writes(release), step, plan);
        },
        explain: explainGitLabError,
    };
}

;// CONCATENATED MODULE: ./build/default/notes/load-conventional.js
let loading;
function loadConventional() {
    return (loading ??= Promise.all(/* import() */[__webpack_require__.e(334), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 5850)));
}

// EXTERNAL MODULE: ./build/default/outputs-file.js
var outputs_file = __webpack_require__(4695);
;// CONCATENATED MODULE: ./build/default/outputs-of-run.js

function toOutputs(plan, applied, notesFile) {
    const release = applied?.release;
    return {
        result: applied?.result ?? 'planned',
        releaseUrl: release?.webUrl ?? plan.releaseUrl,
        tag: plan.tag,
        version: plan.version,
        previousTag: plan.previousTag ?? '',
        commitSha: release?.commitSha ?? plan.commitSha,
        assets: (release ? assetsOf(release) : plannedAssets(plan)).map(withFileFacts(plan)),
        milestones: release?.milestones ?? plannedMilestones(plan),
        evidence: applied?.evidence ?? (plan.evidence.kind === 'collect' ? 'planned' : 'skipped'),
        notesFile,
        notes: release?.description ?? plan.notes,
    };
}
function skippedOutputs(skip) {
    return {
        result: 'skipped', releaseUrl: '', tag: '', version: '', previousTag: skip.previousTag ?? '', commitSha: skip.commitSha,
        assets: [], milestones: [], evidence: 'skipped', notesFile: '', notes: '',
    };
}
function assetsOf(release) {
    return release.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: l.directAssetUrl, linkType: l.linkType }));
}
function plannedMilestones(plan) {
    if (plan.release.kind === 'create')
        return plan.release.fields.milestones ?? [];
    if (plan.release.kind === 'update' && plan.release.changed.milestones)
        return plan.release.changed.milestones;
    return plan.existing?.milestones ?? [];
}
/** An uploaded file's link also says what was uploaded: its sha256 and size. */
function withFileFacts(plan) {
    const files = new Map((plan.uploads?.files ?? []).map((f) => [f.url, f.file]));
    return (asset) => {
        const file = files.get(asset.url);
        return file ? { ...asset, sha256: file.sha256, size: file.size } : asset;
    };
}
/** Web pages that exist before the release does: the commit and the changes since the previous tag. */
function webLinks(plan, projectUrl) {
    if (!projectUrl)
        return {};
    const commitUrl = `${projectUrl}/-/commit/${plan.commitSha}`;
    return plan.previousTag ? { commitUrl, compareUrl: `${projectUrl}/-/compare/${encodeURIComponent(plan.previousTag)}...${plan.commitSha}` } : { commitUrl };
}

;// CONCATENATED MODULE: ./build/default/phase-lines.js
function resolvedLine(release, inputs) {
    const how = inputs.tag === undefined ? 'computed from the commits' : 'given';
    const previous = release.previousTag ? `previous release ${release.previousTag.name}` : 'no previous release (first release)';
    return `Tag ${release.tag} (${how}) on commit ${release.commitSha.slice(0, 12)}; ${previous}.`;
}
function gitlabLine(tag, existing, online) {
    if (!online)
        return 'GitLab not read (no token or project): planning as if the release did not exist yet.';
    if (!existing)
        return `Release ${tag} does not exist on GitLab yet.`;
    const links = `${existing.links.length} link${existing.links.length === 1 ? '' : 's'}`;
    return `Release ${tag} exists on GitLab (${existing.webUrl}): commit ${existing.commitSha?.slice(0, 12) ?? 'unknown'}, ${links}.`;
}
function notesLine(notes, inputs, release) {
    const lines = notes === '' ? 0 : notes.split('\n').length;
    const source = inputs.description !== undefined ? 'given' : `generated from the commits since ${release.previousTag?.name ?? 'the first commit'}`;
    return `Release notes: ${lines} line${lines === 1 ? '' : 's'}, ${source}, notes-mode ${inputs.notesMode}.`;
}

;// CONCATENATED MODULE: ./build/default/plan/evidence-step.js
function planEvidenceStep(context) {
    if (context.mode === 'never')
        return { kind: 'skip', reason: 'evidence: never' };
    const releasedAt = context.releasedAt ?? context.existing?.releasedAt;
    const createdAt = context.existing ? new Date(context.existing.createdAt) : context.now;
    if (releasedAt !== undefined) {
        const at = new Date(releasedAt).getTime();
        // GitLab compares whole seconds (Release#historical_release?, #upcoming_release?).
        if (Math.floor(at / 1000) < Math.floor(createdAt.getTime() / 1000)) {
            return { kind: 'skip', reason: 'historical release (released_at is in the past): GitLab does not collect evidence for it' };
        }
        if (Math.floor(at / 1000) > Math.floor(context.now.getTime() / 1000)) {
            return { kind: 'skip', reason: 'upcoming release: GitLab collects its evidence itself at the release date' };
        }
    }
    if ((context.existing?.evidenceCount ?? 0) === 0)
        return { kind: 'collect', required: context.mode === 'always' };
    return { kind: 'skip', reason: 'the release already has evidence' };
}

;// CONCATENATED MODULE: ./build/default/plan/link-steps.js
function planLinkSteps(desired, existing, prune) {
    if (desired === undefined)
        return [];
    const unmatched = new Map(existing.map((link) => [link.id, link]));
    const writes = [];
    for (const link of desired) {
        const match = existing.find((e) => e.name === link.name && unmatched.has(e.id))
            ?? existing.find((e) => e.url === link.url && unmatched.has(e.id) && !desired.some((d) => d.name === e.name));
        if (!match) {
            writes.push({ kind: 'create', link });
            continue;
        }
        unmatched.delete(match.id);
        if (!sameLink(link, match))
            writes.push({ kind: 'update', id: match.id, link, was: match });
    }
    const deletes = prune ? [...unmatched.values()].map((e) => ({ kind: 'delete', id: e.id, name: e.name })) : [];
    // Deletes first, then updates, then creates: each frees names, URLs and paths the next may reuse.
    const order = { delete: 0, update: 1, create: 2 };
    return [...deletes, ...writes].sort((a, b) => order[a.kind] - order[b.kind]);
}
function sameLink(want, have) {
    return want.name === have.name && want.url === have.url && want.linkType === have.linkType
        && (want.directAssetPath ?? undefined) === (have.directAssetPath ?? undefined);
}

;// CONCATENATED MODULE: ./build/default/plan/release-step.js
function planReleaseStep(desired, existing, tagExists) {
    if (!existing)
        return { kind: 'create', fields: createFields(desired, tagExists) };
    const changed = {};
    if (desired.name !== undefined && desired.name !== existing.name)
        changed.name = desired.name;
    if (desired.description !== (existing.description ?? ''))
        changed.description = desired.description;
    if (desired.milestones !== undefined && !sameSet(desired.milestones, existing.milestones))
        changed.milestones = desired.milestones;
    if (desired.releasedAt !== undefined && !sameInstant(desired.releasedAt, existing.releasedAt))
        changed.releasedAt = desired.releasedAt;
    return Object.keys(changed).length === 0 ? { kind: 'none' } : { kind: 'update', changed };
}
function createFields(desired, tagExists) {
    const fields = {
        tagName: desired.tag,
        name: desired.name ?? desired.tag,
        description: desired.description,
        ref: desired.ref,
        links: desired.links,
    };
    // GitLab ignores tag_message for an existing tag; not sending it keeps the plan honest.
    if (desired.tagMessage !== undefined && !tagExists)
        fields.tagMessage = desired.tagMessage;
    if (desired.milestones !== undefined && desired.milestones.length > 0)
        fields.milestones = desired.milestones;
    if (desired.releasedAt !== undefined)
        fields.releasedAt = desired.releasedAt;
    return fields;
}
function sameSet(a, b) {
    return a.length === b.length && a.every((x) => b.includes(x));
}
function sameInstant(a, b) {
    return new Date(a).getTime() === new Date(b).getTime();
}

;// CONCATENATED MODULE: ./build/default/plan/upload-step.js
function planUploadStep(wanted, urls, held) {
    return {
        packageName: wanted.packageName,
        packageVersion: wanted.packageVersion,
        packageExists: held?.exists ?? false,
        files: wanted.files.map((file) => ({
            file,
            url: urls.get(file.name) ?? '',
            action: held?.files.get(file.name)?.sha256 === file.sha256 ? 'same' : 'put',
        })),
    };
}

;// CONCATENATED MODULE: ./build/default/plan/plan-release.js
/**
 * planRelease: pure. The release the user wants + what git and the forge hold → the steps that
 * close the gap. Every read happened before (run.ts gathers the facts); nothing here asks anyone.
 */





function planRelease(desired, git, forge, now) {
    const existing = forge.release;
    // A release names its commit itself; without one, the forge's tag wins over the checkout.
    const commitSha = existing?.commitSha ?? forge.tagCommit ?? git.commitSha;
    const tagExists = git.tagExistsLocally || existing !== undefined || forge.tagCommit !== undefined;
    const links = desiredLinks(desired);
    const release = planReleaseStep({
        tag: desired.tag,
        name: desired.name,
        description: desired.notes,
        milestones: desired.milestones,
        releasedAt: desired.releasedAt,
        ref: commitSha,
        tagMessage: desired.tagMessage,
        links: links ?? [],
    }, existing, tagExists);
    const wanted = release.kind === 'create' ? release.fields.milestones : release.kind === 'update' ? release.changed.milestones : undefined;
    if (wanted?.length && forge.milestones)
        checkMilestones(wanted, forge.milestones);
    // A new release carries its links in the create body; only an existing one needs Links API calls.
    const linkSteps = existing ? planLinkSteps(links, existing.links, desired.pruneLinks) : [];
    const evidence = planEvidenceStep({ mode: desired.evidence, existing, releasedAt: desired.releasedAt, now });
    return {
        tag: desired.tag,
        version: desired.version,
        ...(desired.previousTag ? { previousTag: desired.previousTag } : {}),
        paths: desired.paths ?? [],
        commitSha,
        tagExists,
        ...(existing ? { existing } : {}),
        ...(desired.files ? { uploads: planUploadStep(desired.files.wanted, desired.files.urls, forge.package) } : {}),
        release,
        links: linkSteps,
        evidence,
        notes: desired.notes,
        releaseUrl: existing?.webUrl ?? predictReleaseUrl(forge.projectUrl, desired.tag),
        offline: !forge.online,
    };
}
/**
 * The user's links plus one per release file: name = file name, the registry's download URL,
 * type package, and /<file name> as direct asset path when GitLab's stricter path rule allows it.
 */
function desiredLinks(desired) {
    if (!desired.files)
        return desired.links;
    const taken = new Set((desired.links ?? []).map((l) => l.name));
    const fileLinks = desired.files.wanted.files.filter((f) => !taken.has(f.link?.name ?? f.name)).map((f) => {
        const path = f.link?.directAssetPath ?? `/${f.name}`;
        const url = desired.files.urls.get(f.name) ?? '';
        return { name: f.link?.name ?? f.name, url, linkType: f.link?.linkType ?? 'package', ...(DIRECT_ASSET_PATH.test(path) && path.length <= 128 ? { directAssetPath: path } : {}) };
    });
    return [...(desired.links ?? []), ...fileLinks];
}
// Release-link direct_asset_path rule (generic-packages.md §7): no + ~ @, ends in a letter or digit.
const DIRECT_ASSET_PATH = /^\/[^/](?!.*\/\/.*)[-.\w/]+[\da-zA-Z]+$/;
/** Unknown titles fail before any write, in GitLab's own wording. */
function checkMilestones(wanted, facts) {
    if (facts.kind === 'unchecked')
        return;
    const missing = wanted.filter((title) => !facts.titles.includes(title));
    if (missing.length === 0)
        return;
    throw new errors/* ReleaseError */.K2('E_GITLAB_MILESTONE_NOT_FOUND', `Milestone(s) not found: ${missing.join(', ')}`, {
        hint: 'Create the milestone in the project (or its direct parent group on Premium), or fix the title; titles match exactly.',
        input: 'milestones',
    });
}
/** Whether planning will need to know which milestones exist: only when it would send them. */
function milestonesToCheck(wanted, existing) {
    if (!wanted?.length)
        return undefined;
    if (existing && wanted.length === existing.milestones.length && wanted.every((m) => existing.milestones.includes(m)))
        return undefined;
    return wanted;
}
/** GitLab's release page: `<project web url>/-/releases/<tag, escaped>` (behaviour sheet §3.1). */
function predictReleaseUrl(projectUrl, tag) {
    return projectUrl ? `${projectUrl}/-/releases/${railsPathSegment(tag)}` : '';
}
/** Rails escapes a path segment but keeps sub-delimiters, `:` and `@`: `v1.0.0+build` stays as is. */
function railsPathSegment(text) {
    return encodeURIComponent(text).replace(/%(2B|40|3A|24|26|2C|3B|3D)/g, (escaped) => decodeURIComponent(escaped));
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./build/default/version/release-names.js
/**
 * Which tag names are releases: the prefix, then a semver version exactly (`v1.2`, `v01.2.3` or
 * `v1.2.3+build` are tags, not releases). Decided from the name alone, so a long tag list can be
 * narrowed down before git reads a single tag object.
 */

/** The version a release tag's name stands for; null when the name is not a release. */
function releaseVersionOf(name, prefix) {
    if (!name.startsWith(prefix))
        return null;
    const rest = name.slice(prefix.length);
    const parsed = semver.parse(rest);
    return parsed !== null && parsed.version === rest ? parsed : null;
}
/**
 * The releases among `names`, highest version first. `stableOnly` leaves prereleases out before
 * parsing them: in an exact version a `-` can only start the prerelease part.
 */
function releasesByName(names, prefix, stableOnly) {
    const releases = [];
    for (const name of names) {
        if (stableOnly && name.includes('-', prefix.length))
            continue;
        const parsed = releaseVersionOf(name, prefix);
        if (parsed !== null)
            releases.push({ name, version: parsed.version, semver: parsed });
    }
    return releases.sort((a, b) => b.semver.compare(a.semver));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./build/default/option-mention.js
var option_mention = __webpack_require__(8298);
;// CONCATENATED MODULE: ./build/default/git/git.js
/**
 * The only place that runs git. Always execFile/spawn (never a shell), so a tag or ref can never
 * change what runs; callers put `--end-of-options` before any user-supplied ref.
 */



// Keep git from paging, prompting or translating messages we may show to users.
const GIT_ENV = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: options.cwd, env: GIT_ENV, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            if (!error || options.okCodes?.includes(code))
                return resolve({ stdout, code });
            reject(gitFailure(args, code, stderr || error.message, options.cwd));
        });
    });
}
/** stdout of a git command that must succeed. */
async function git(args, options) {
    return (await runGit(args, options)).stdout;
}
/**
 * Streams git's stdout in records split by `separator`, so a 10,000-commit log is never held
 * twice in memory (raw text + parsed commits).
 */
async function* streamGit(args, options) {
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd: options.cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    let pending = '';
    for await (const chunk of child.stdout.setEncoding('utf8')) {
        pending += chunk;
        let at = pending.indexOf(options.separator);
        while (at !== -1) {
            yield pending.slice(0, at);
            pending = pending.slice(at + options.separator.length);
            at = pending.indexOf(options.separator);
        }
    }
    const code = await exited;
    if (code !== 0)
        throw gitFailure(args, code, stderr, options.cwd);
    if (pending.trim() !== '')
        yield pending;
}
function gitFailure(args, code, stderr, cwd) {
    const notRepo = /not a git repository/i.test(stderr);
    return new errors/* ReleaseError */.K2(notRepo ? 'E_NOT_A_REPOSITORY' : 'E_GIT', notRepo ? `${cwd} is not a git repository` : `git ${args[0]} failed (exit ${code}): ${stderr.trim()}`, {
        hint: notRepo
            ? `Run forge-release inside a clone of the project, or point ${(0,option_mention/* mention */.lE)('cwd')} at one.`
            : 'Check that the repository is a complete clone and the ref exists (git fetch --tags --unshallow).',
    });
}

;// CONCATENATED MODULE: ./build/default/git/read-git-facts.js


/** The commit a ref names in this checkout, or undefined when it names none. */
async function resolveCommit(cwd, ref) {
    const { stdout, code } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
    return code === 0 ? stdout.trim() : undefined;
}
/**
 * The commit a ref names (undefined when none) and whether the checkout is shallow, in one
 * rev-parse: a run without a tag needs both before anything else, each process costs milliseconds.
 */
async function resolveCommitAndShallow(cwd, ref) {
    const { stdout, code } = await runGit(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
    const [shallow, sha] = stdout.split('\n');
    return { ...(code === 0 && sha ? { sha: sha.trim() } : {}), ...(shallow === 'true' || shallow === 'false' ? { shallow: shallow === 'true' } : {}) };
}
/** The commit a local tag points at, or undefined when the checkout has no such tag. */
function localTagCommit(cwd, tag) {
    return resolveCommit(cwd, `refs/tags/${tag}`);
}
// Everything the run needs of a tag in one read: its commit (peeled), its date, and what it points
// at, so a release tag never needs a `rev-parse` of its own.
const TAG_FORMAT = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)%00%(objecttype)%00%(*objecttype)';
/** `refs/tags/v*`, not `refs/tags/v`: for-each-ref matches whole path components unless globbed. */
function tagPattern(prefix) {
    return prefix === '' ? 'refs/tags/' : `refs/tags/${prefix}*`;
}
/**
 * The names of the tags that start with the prefix, and whether the checkout is shallow: one
 * process that reads refs only. A tag's object (its date, its peeled commit) costs a read each, so
 * the names come first and only the few tags that can matter are read (readTags).
 */
async function listTagNames(cwd, prefix) {
    // `--tags=<glob>` prints the names below refs/tags/; its `*` also matches `/`, so this can list
    // more than the prefix (never less): callers keep the names that start with it.
    const tags = prefix === '' ? '--tags' : `--tags=${prefix}*`;
    const [shallow = '', ...names] = (await git(['rev-parse', '--is-shallow-repository', '--symbolic', tags], { cwd })).split('\n');
    return { names: names.filter(Boolean), shallow: shallow.trim() === 'true' };
}
/**
 * The named tags that exist (all of them, or only those `mergedInto` contains: one
 * `for-each-ref --merged` walk, as short as the oldest tag asked about), keyed by name.
 */
async function readTags(cwd, names, options = {}) {
    if (names.length === 0)
        return new Map();
    const merged = options.mergedInto === undefined ? [] : [`--merged=${options.mergedInto}`];
    const out = await git(['for-each-ref', ...merged, TAG_FORMAT, ...names.map((name) => `refs/tags/${name}`)], { cwd });
    // for-each-ref also lists `refs/tags/<name>/…` below a name: keep the names asked for only.
    const wanted = new Set(names);
    const tags = new Map();
    for (const line of out.split('\n')) {
        const tag = parseTagLine(line);
        if (tag !== undefined && wanted.has(tag.name))
            tags.set(tag.name, tag);
    }
    return tags;
}
/** Every release tag (prefix + semver) of the checkout, highest version first. Reads refs only, no walk. */
async function readReleaseTags(cwd, prefix) {
    const out = await git(['for-each-ref', TAG_FORMAT, tagPattern(prefix)], { cwd });
    // Compare parsed versions: rcompare on strings parses both sides on every comparison.
    return parseTagLines(out, prefix).sort((a, b) => b.semver.compare(a.semver)).map(({ semver: _, ...tag }) => tag);
}
/**
 * Names of the tags (all with the prefix, or just `names`) that `commit` contains, in one
 * `for-each-ref --merged` walk. git walks back only as far as the oldest tag asked about, so
 * asking about a few recent tags costs milliseconds where all of them cost the whole history.
 */
async function tagsContainedIn(cwd, commit, which) {
    const patterns = 'prefix' in which ? [tagPattern(which.prefix)] : which.names.map((name) => `refs/tags/${name}`);
    if (patterns.length === 0)
        return new Set();
    const out = await git(['for-each-ref', `--merged=${commit}`, '--format=%(refname:strip=2)', ...patterns], { cwd });
    return new Set(out.split('\n').filter(Boolean));
}
/**
 * `name\0object\0peeled\0date\0type\0peeledType` lines → release tags; names without the prefix
 * or not semver are not releases, nor are tags of a tree or a blob (no commit to release).
 */
function parseTagLines(out, prefix) {
    const tags = [];
    for (const line of out.split('\n')) {
        const tag = parseTagLine(line);
        const parsed = tag?.sha === undefined ? null : releaseVersionOf(tag.name, prefix);
        if (tag?.sha !== undefined && parsed !== null)
            tags.push({ name: tag.name, version: parsed.version, sha: tag.sha, date: tag.date, semver: parsed });
    }
    return tags;
}
/** One `name\0object\0peeled\0date\0type\0peeledType` line; the sha only when it ends at a commit. */
function parseTagLine(line) {
    const [name, object, peeled, date, type, peeledType] = line.split('\0');
    if (!name || !object)
        return undefined;
    const endsAt = peeledType || type;
    const sha = endsAt && endsAt !== 'commit' ? undefined : peeled || object;
    return { name, ...(sha !== undefined ? { sha } : {}), date: Number(date ?? 0) };
}
/** Whether the checkout is a shallow clone (notes and versions then miss history). */
async function isShallow(cwd) {
    return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}

;// CONCATENATED MODULE: ./build/default/notes/shallow.js
/** Notes and versions need the history: a shallow clone fails early with the fix for each CI. */



async function assertFullHistory(cwd) {
    if (!(await isShallow(cwd)))
        return;
    throw new errors/* ReleaseError */.K2('E_SHALLOW_CLONE', `${cwd} is a shallow clone: release notes and versions need the full history and the tags`, {
        hint: [
            'GitHub Actions: actions/checkout with `fetch-depth: 0`.',
            'GitLab CI: set the variable `GIT_DEPTH: 0` (the template does).',
            `Anywhere: \`git fetch --unshallow --tags\`. Or give the notes yourself (${(0,option_mention/* mention */.lE)('description')}) so no history is read.`,
        ].join('\n'),
    });
}

;// CONCATENATED MODULE: ./build/default/notes/commits.js


// The fields conventional-changelog's writer reads, in the layout its parser expects.
const FORMAT = '%B%n-hash-%n%H%n-gitTags-%n%d%n-committerDate-%n%ci%n-parents-%n%P';
// git ends every tformat record with a newline; NUL cannot occur in a commit message.
const SEPARATOR = '\u0000\n';
// The first line of git's and GitLab's merge messages; the parser then reads the next paragraph as the header.
const MERGE_LINE = /^Merge (?:branch '.+' into '.+'|pull request #\d+ from \S+)$/;
async function readCommits(cwd, range) {
    const { CommitParser, createPreset, filterRevertedCommitsSync } = await loadConventional();
    const preset = createPreset().parser;
    // `!34` is a merge request reference on GitLab, as `#12` is an issue.
    const parser = new CommitParser({ ...preset, issuePrefixes: ['#', '!'], mergePattern: MERGE_LINE });
    const spec = range.from ? `${range.from}..${range.to}` : range.to;
    const paths = range.paths?.length ? ['--', ...range.paths] : [];
    const commits = [];
    const merges = new Set();
    const records = streamGit(['log', `--format=${FORMAT}%x00`, '--end-of-options', spec, ...paths], { cwd, separator: SEPARATOR });
    for await (const record of records) {
        const commit = parser.parse(record);
        if (!isMerge(commit))
            commits.push(commit);
        else if (commit.type) {
            commits.push(commit);
            merges.add(commit.header ?? '');
        }
    }
    const listed = commits.filter((c) => isMerge(c) || !merges.has(c.header ?? ''));
    return [...filterRevertedCommitsSync(listed)];
}
function isMerge(commit) {
    return String(commit.parents ?? '').trim().includes(' ');
}

;// CONCATENATED MODULE: ./build/default/notes/sanitize.js
/**
 * Commit text is untrusted: a subject such as `</details>` or our own idempotency marker must not
 * change the structure GitLab renders. HTML outside code spans is neutralised (`<` → `&lt;`,
 * which Markdown renders as `<`); code spans keep their text, where HTML is inert anyway.
 */
const HTML_LIKE = /<(?=[!/?a-zA-Z])/g;
function neutraliseHtml(text) {
    // Odd-indexed parts of a split on backtick runs are code spans (a good-enough approximation).
    return text.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_LIKE, '&lt;'))).join('');
}
/** A parsed commit with every field the notes template prints made safe. */
function sanitiseCommit(commit) {
    const safe = (value) => (typeof value === 'string' ? neutraliseHtml(value) : value);
    return {
        ...commit,
        subject: safe(commit.subject),
        header: safe(commit.header),
        scope: safe(commit.scope),
        notes: commit.notes.map((note) => ({ ...note, text: neutraliseHtml(note.text) })),
    };
}

;// CONCATENATED MODULE: ./build/default/notes/generate-notes.js



const OTHER = { type: 'forge-release-other', section: 'Other Changes', effect: 'changelog' };
async function generateNotes(request) {
    const commits = request.commits ?? await readCommits(request.cwd, { ...(request.from ? { from: request.from } : {}), to: request.to, paths: request.paths ?? [] });
    const { writeChangelog, DEFAULT_COMMIT_TYPES } = await loadConventional();
    const linked = request.projectUrl !== undefined;
    const known = commitTypes(DEFAULT_COMMIT_TYPES, request.sections);
    const types = request.otherCommits ? [...known, OTHER] : known;
    const shown = request.otherCommits ? commits.map((c) => asOtherUnlessKnown(c, known)) : commits;
    return writeChangelog({
        commits: shown.map((c) => withoutInlineReferences(sanitiseCommit(c))),
        preset: { ...gitlabLinks(request), types, ...referenceSyntax },
        context: {
            version: request.version,
            currentTag: request.currentTag,
            ...(request.previousTag ? { previousTag: request.previousTag } : {}),
            date: request.date,
            linkReferences: linked,
            linkCompare: linked && request.previousTag !== undefined,
        },
        writer: { generateOn: () => false, doFlush: true, commitsSort: byFields('scope', 'subject'), noteGroupsSort: byFields('title'), notesSort: byFields('title', 'text') },
    });
}
/** A commit of no known type goes under Other Changes, its whole header as the entry. */
function asOtherUnlessKnown(commit, known) {
    const type = commit.type?.toLowerCase();
    if (commit.revert || (type && known.some((t) => t.type === type)))
        return commit;
    return { ...commit, type: OTHER.type, scope: null, subject: commit.header };
}
/** The preset's sections with the user's changes, in the preset's order; new types come last. */
function commitTypes(presetTypes, sections = {}) {
    const entry = (type, heading) => heading === false
        ? { type, section: type, effect: 'hidden' }
        : { type, section: heading, effect: 'changelog' };
    const known = presetTypes.map((t) => (t.type in sections ? entry(t.type, sections[t.type]) : { ...t }));
    const added = Object.entries(sections).filter(([type]) => !presetTypes.some((t) => t.type === type));
    return [...known, ...added.map(([type, heading]) => entry(type, heading))];
}
/** Code-point order: the preset's localeCompare spends ~30 ms setting up an ICU collator. */
function byFields(...fields) {
    return (a, b) => {
        for (const field of fields) {
            const x = String(a[field] ?? '');
            const y = String(b[field] ?? '');
            if (x !== y)
                return x < y ? -1 : 1;
        }
        return 0;
    };
}
/** GitLab's compare route takes tag names as they are (`pkg/v1.0.0`, `app@1.0.0`); escape the rest. */
function tagInPath(tag) {
    return encodeURIComponent(tag).replace(/%2F/g, '/').replace(/%40/g, '@');
}
// GitLab's reference forms in a subject: `#12` (issue), `!34` (merge request), each optionally
// after a project path (`group/project#12`). A `#` glued to a word (`foo#1`) is none, nor `#abc`.
const REFERENCE_PREFIX = /(?<![\w./-])(?:[\w.-]+(?:\/[\w.-]+)+)?[#!]/;
const REFERENCE_NUMBER = /\d+\b/;
// The writer takes RegExp prefixes (it inlines their source) though its types say string.
const referenceSyntax = { issuePrefixes: [REFERENCE_PREFIX], issuePattern: REFERENCE_NUMBER };
/** `-/issues/12` or `-/merge_requests/34`, in this project or in the one the reference names. */
function referenceUrl(projectUrl, gitlabUrl, reference) {
    const prefix = String(reference.prefix ?? '#');
    const kind = prefix.endsWith('!') ? 'merge_requests' : 'issues';
    const project = prefix.slice(0, -1) || [reference.owner, reference.repository].filter(Boolean).join('/');
    return `${project ? `${gitlabUrl}/${project}` : projectUrl}/-/${kind}/${String(reference.issue)}`;
}
/** A cross-project reference linked where it stands in the subject is not listed again after it. */
function withoutInlineReferences(commit) {
    const subject = commit.subject ?? '';
    const references = commit.references.filter((r) => !(r.owner || r.repository)
        || !subject.includes(`${[r.owner, r.repository].filter(Boolean).join('/')}${r.prefix}${r.issue}`));
    return { ...commit, references };
}
/**
 * GitLab's routes (`-/commit/`, `-/compare/`, `-/issues/`, `-/merge_requests/`) from the project's
 * web URL, which may carry a relative URL root; never from the checkout's remote. No URL:
 * references stay plain text. `@word`s always do: GitLab links the users that exist itself, and
 * `@import` or `@fs` in a code-like subject is nobody.
 */
function gitlabLinks({ projectUrl, gitlabUrl, previousTag, currentTag }) {
    if (projectUrl === undefined)
        return { formatIssueUrl: () => '', formatUserUrl: () => '', formatCommitUrl: () => '', formatCompareUrl: () => '' };
    return {
        formatCommitUrl: (_context, commit) => `${projectUrl}/-/commit/${String(commit.hash)}`,
        formatCompareUrl: () => `${projectUrl}/-/compare/${tagInPath(previousTag ?? '')}...${tagInPath(currentTag)}`,
        formatIssueUrl: (_context, reference) => referenceUrl(projectUrl, gitlabUrl, reference),
        formatUserUrl: () => '',
    };
}

;// CONCATENATED MODULE: ./build/default/version/bump-level.js
const PATCH_TYPES = ['fix', 'perf', 'revert'];
const MINOR_TYPES = ['feat', 'feature'];
function bumpLevelOf(commits) {
    let breaking = 0;
    let features = 0;
    let fixes = 0;
    for (const commit of commits) {
        const type = commit.revert ? 'revert' : (commit.type ?? '').toLowerCase();
        if (commit.notes.length > 0)
            breaking += 1;
        else if (MINOR_TYPES.includes(type))
            features += 1;
        else if (PATCH_TYPES.includes(type))
            fixes += 1;
    }
    const reason = `${plural(breaking, 'breaking change')}, ${plural(features, 'feature')}, ${plural(fixes, 'fix', 'fixes')} in ${plural(commits.length, 'commit')}`;
    if (breaking > 0)
        return { level: 'major', reason };
    if (features > 0)
        return { level: 'minor', reason };
    if (fixes > 0)
        return { level: 'patch', reason };
    return { reason };
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./build/default/notes/limit.js
/**
 * GitLab refuses a description over 1,000,000 characters (after it may already have created the
 * tag). Notes are cut to fit by whole sections from the end, then by whole list items, and a
 * closing line says what was left out: never a half line, never a silent cut.
 */
const GITLAB_DESCRIPTION_LIMIT = 1_000_000;
const notice = (sections, items) => `\n\n_…${describe(sections, items)} left out: the notes exceeded GitLab's 1,000,000-character limit._`;
function describe(sections, items) {
    const parts = [];
    if (sections)
        parts.push(`${sections} section${sections === 1 ? '' : 's'}`);
    if (items)
        parts.push(`${items} entr${items === 1 ? 'y' : 'ies'}`);
    return parts.join(' and ') || 'some text';
}
function limitDescription(text, max = GITLAB_DESCRIPTION_LIMIT) {
    if (text.length <= max)
        return { text, omittedSections: 0, omittedItems: 0 };
    const room = max - notice(9999, 9999999).length;
    // The first chunk is the heading before any ### section; keep it and at least one section.
    const sections = text.split(/(?=\n### )/);
    let sectionsLeft = sections.length;
    while (sectionsLeft > 2 && sections.slice(0, sectionsLeft).join('').length > room)
        sectionsLeft -= 1;
    const kept = sections.slice(0, sectionsLeft).join('');
    const omittedSections = sections.length - sectionsLeft;
    if (kept.length <= room)
        return { text: kept.trimEnd() + notice(omittedSections, 0), omittedSections, omittedItems: 0 };
    // One section alone is too long: keep its first lines that fit.
    const lines = kept.split('\n');
    let size = 0;
    let count = 0;
    while (count < lines.length && size + lines[count].length + 1 <= room)
        size += lines[count++].length + 1;
    const omittedItems = lines.slice(count).filter((line) => line.startsWith('* ')).length || lines.length - count;
    return { text: lines.slice(0, count).join('\n').trimEnd() + notice(omittedSections, omittedItems), omittedSections, omittedItems };
}

;// CONCATENATED MODULE: ./build/default/notes/merge.js
const MARKER_PREFIX = '<!-- forge-release:';
/** A tag as it may appear inside an HTML comment: `-` and `>` could end the comment early. */
function markerTag(tag) {
    return encodeURIComponent(tag).replace(/-/g, '%2D');
}
function startMarker(tag) {
    return `${MARKER_PREFIX}start ${markerTag(tag)} -->`;
}
function endMarker(tag) {
    return `${MARKER_PREFIX}end ${markerTag(tag)} -->`;
}
/** Text that imitates our markers (from a commit or a pasted description) must not be taken for one. */
function withoutMarkers(block) {
    return block.split(MARKER_PREFIX).join('&lt;!-- forge-release:');
}
function markedBlock(block, tag) {
    return `${startMarker(tag)}\n${withoutMarkers(block)}\n${endMarker(tag)}`;
}
/** Where our block for this tag sits in a description, markers included. */
function findBlock(description, tag) {
    const start = description.indexOf(startMarker(tag));
    const end = start === -1 ? -1 : description.indexOf(endMarker(tag), start);
    return end === -1 ? undefined : { start, end: end + endMarker(tag).length };
}
/** The notes between our markers, or undefined when the description holds no block of ours. */
function ourNotes(description, tag) {
    const span = description ? findBlock(description, tag) : undefined;
    return span ? description.slice(span.start + startMarker(tag).length + 1, span.end - endMarker(tag).length - 1) : undefined;
}
/**
 * The description after the run. `existing` null = no release (or no description) yet. A release
 * written before the markers existed holds exactly our block without them: that is ours, in place.
 */
function mergeNotes(mode, existing, block, tag) {
    const wrapped = markedBlock(block, tag);
    const current = existing ?? '';
    const ours = (text) => ({ text, keptForeign: false });
    if (current.trim() === '' || mode === 'overwrite')
        return ours(wrapped);
    if (current === block)
        return ours(current);
    const span = findBlock(current, tag);
    if (span)
        return ours(current.slice(0, span.start) + wrapped + current.slice(span.end));
    if (mode === 'append')
        return ours(`${current.trimEnd()}\n\n${wrapped}`);
    if (mode === 'prepend')
        return ours(`${wrapped}\n\n${current.trimStart()}`);
    return { text: current, keptForeign: true };
}

;// CONCATENATED MODULE: ./build/default/resolve/tag-on-gitlab.js
/**
 * The checkout may lack a tag GitLab has (`git clone --no-tags`, a CI fetch that skips tags, a tag
 * GitLab created since). A release is attached to GitLab's tag, so when GitLab's tag sits on
 * another commit than the one the version and notes were computed for, the run would publish notes
 * that describe the wrong commit: stop before any write and say which fetch fixes it.
 */


const tag_on_gitlab_short = (sha) => sha.slice(0, 12);
function checkTagOnGitLab(release, gitlab, origin, log) {
    const elsewhere = gitlab.tagCommit ?? gitlab.existing?.commitSha;
    if (!elsewhere || elsewhere === release.commitSha || release.tagExistsLocally)
        return;
    const what = gitlab.existing ? 'released' : 'a tag';
    if (origin.computed) {
        throw new errors/* ReleaseError */.K2('E_VERSION_TAKEN', `The computed version ${release.tag} is already ${what} on GitLab at ${tag_on_gitlab_short(elsewhere)}, not at ${tag_on_gitlab_short(release.commitSha)}: this checkout lacks GitLab's tags, so the version and the notes were computed from the wrong previous release`, {
            hint: 'Fetch the tags, then run again: git fetch --tags origin (GitHub Actions: actions/checkout with fetch-depth: 0; GitLab CI: GIT_DEPTH: 0).',
        });
    }
    if (!origin.generatedNotes) {
        // Notes given by the user describe no commit range: only the commit is GitLab's, say so.
        log.warn(`Tag ${release.tag} is on GitLab at ${tag_on_gitlab_short(elsewhere)}, not at ${tag_on_gitlab_short(release.commitSha)} where this checkout is: GitLab keeps its tag, the release is attached to ${tag_on_gitlab_short(elsewhere)}.`);
        return;
    }
    throw new errors/* ReleaseError */.K2('E_TAG_NOT_FETCHED', `Tag ${release.tag} is on GitLab at ${tag_on_gitlab_short(elsewhere)}, but this checkout has no such tag: the notes would describe ${tag_on_gitlab_short(release.commitSha)} while the release is attached to ${tag_on_gitlab_short(elsewhere)}`, {
        hint: `Fetch the tag, then run again: git fetch origin tag ${release.tag} (or git fetch --tags origin); the notes are then computed for the tag's commit.`,
    });
}
/**
 * An explicit tag with no earlier release tag in sight: in a checkout without any tag that is most
 * likely a fetch without tags, and the notes silently cover the whole history.
 */
async function warnWithoutTags(cwd, release, log) {
    if (release.previousTag)
        return;
    // Two are enough to know whether any tag besides the release's own is here.
    const tags = (await git(['for-each-ref', '--count=2', '--format=%(refname)', 'refs/tags/'], { cwd })).split('\n').filter(Boolean);
    if (tags.length > (release.tagExistsLocally ? 1 : 0))
        return;
    log.warn(`This checkout has no tags${release.tagExistsLocally ? ` besides ${release.tag}` : ''}: the previous release could not be found, so the notes of ${release.tag} cover the whole history. If earlier releases exist, fetch their tags (git fetch --tags origin) and run again.`);
}

;// CONCATENATED MODULE: ./build/default/resolve/release-notes.js







/**
 * The day in the notes heading, from what does not change between runs: the release's released_at
 * on GitLab; else --released-at; else, when GitLab was read and the run creates the release, the
 * day GitLab records as its released_at (the day of creation, so a re-run finds the same date);
 * without GitLab (offline), the tag's date, else today for a tag that does not exist yet. UTC days.
 */
function notesDate(inputs, release, existing, online) {
    const tagDate = release.tagDate === undefined || online ? undefined : new Date(release.tagDate * 1000);
    const at = existing?.releasedAt ?? inputs.releasedAt ?? tagDate ?? new Date();
    return new Date(at).toISOString().slice(0, 10);
}
/** The new notes block for this release, before merging with an existing description. */
async function notesBlock(inputs, release, projectUrl, date, log) {
    if (inputs.description !== undefined)
        return inputs.description;
    // Resolving the tag usually asked git already: a full clone then starts no process for this.
    if (release.shallow !== false)
        await assertFullHistory(inputs.cwd);
    if (inputs.tag !== undefined)
        await warnWithoutTags(inputs.cwd, release, log);
    const from = release.previousTag?.sha;
    const commits = release.commits ?? await readCommits(inputs.cwd, { ...(from ? { from } : {}), to: release.commitSha, paths: inputs.paths });
    warnIfNothingReleasable(commits, release, inputs.notesOtherCommits, log);
    return generateNotes({
        cwd: inputs.cwd,
        commits,
        otherCommits: inputs.notesOtherCommits,
        ...(release.previousTag ? { from: release.previousTag.sha, previousTag: release.previousTag.name } : {}),
        to: release.commitSha,
        paths: inputs.paths,
        version: release.version,
        currentTag: release.tag,
        ...(projectUrl ? { projectUrl } : {}),
        gitlabUrl: inputs.gitlabUrl,
        ...(inputs.notesSections ? { sections: inputs.notesSections } : {}),
        date,
    });
}
/** Notes of just a heading say nothing: say why, and how to list the other commits. */
function warnIfNothingReleasable(commits, release, listed, log) {
    if (commits.length === 0 || bumpLevelOf(commits).level !== undefined)
        return;
    const since = release.previousTag ? `since ${release.previousTag.name}` : 'in the history';
    const count = `${commits.length} commit${commits.length === 1 ? '' : 's'}`;
    log.warn(`${release.tag}: ${count} ${since}, none a releasable conventional commit (feat, fix, perf, revert or a breaking change)`
        + (listed ? '; they are listed under Other Changes where not conventional.' : ': the notes list none of them. notes-other-commits lists the non-conventional ones under Other Changes.'));
}
function finalDescription(inputs, tag, block, existing, log) {
    if (inputs.notesMode === 'keep' && existing)
        return existing.description ?? '';
    const mode = inputs.notesMode === 'keep' ? 'replace' : inputs.notesMode;
    const merge = (b) => mergeNotes(mode, existing?.description ?? null, b, tag);
    const merged = merge(block);
    if (merged.keptForeign) {
        log.warn(foreignDescriptionWarning(tag));
        return merged.text;
    }
    let text = merged.text;
    if (text.length <= GITLAB_DESCRIPTION_LIMIT)
        return text;
    // Cut our own block first so an existing description is never shortened by us.
    const room = GITLAB_DESCRIPTION_LIMIT - (text.length - block.length);
    const limited = limitDescription(block, Math.max(room, 0));
    text = merge(limited.text).text;
    log.warn(`The notes exceed GitLab's ${GITLAB_DESCRIPTION_LIMIT} characters: ${limited.omittedSections} section(s) were left out.`);
    if (text.length > GITLAB_DESCRIPTION_LIMIT)
        text = limitDescription(text).text;
    return text;
}
/** GitLab keeps no history of descriptions: replacing a person's text needs their explicit choice. */
function foreignDescriptionWarning(tag) {
    return `Release ${tag} has a description forge-release did not write: it is kept as it is (notes-mode replace only replaces notes forge-release wrote). `
        + 'To add the notes to it, use notes-mode append or prepend; to replace it, notes-mode overwrite (also for a release an older forge-release wrote, whose notes no longer match).';
}

;// CONCATENATED MODULE: ./build/default/version/previous-tag.js
/**
 * The release the notes start from. One rule for linear histories, release branches, maintenance
 * branches and prerelease channels (README "Which release the notes start from"):
 *
 * among the release tags with a lower version (stable ones only, for a stable release), take the
 * highest that either the release's commit contains, or that is of the same channel (stable, or
 * the same prerelease identifier) and was made no later than the release.
 *
 * Why each part: semver order, not ancestry alone, finds v42.x for v43.0.0 cut on its own release
 * branch (its only stable ancestors may be years old); "made no later" keeps a maintenance release
 * tagged afterwards (v7.3.6 on branch v7) out of v8.0.0-beta.0's notes; "same channel" keeps a
 * beta from starting at an alpha of another branch, while a tag the commit contains always counts
 * (v44.0.0-alpha.1 starts where main's v43 nightlies stopped). The range is `previous..release`
 * in git's sense, so the previous tag need not be an ancestor.
 */

/** The previous release of `current`; `tags` is highest first, `contained` names the tags its commit contains. */
function previousRelease(tags, current, contained) {
    const lower = lowerCandidates(tags, current);
    return lower.find((c) => contained.has(c.name) || madeBefore(c, current));
}
/**
 * The only tags whose ancestry can change the answer: the candidates above the best one made
 * before the release. Usually none or a few recent ones, so the one walk that answers stays short.
 */
function ancestryQuestions(tags, current) {
    const lower = lowerCandidates(tags, current);
    const settled = lower.findIndex((c) => madeBefore(c, current));
    return settled === -1 ? lower : lower.slice(0, settled);
}
/**
 * The tags with a lower version than the release, highest first (stable ones only for a stable
 * release): every tag the rule can pick. Needs names and versions only, no dates.
 */
function lowerCandidates(tags, current) {
    const version = semver.parse(current.version);
    const stable = version === null || version.prerelease.length === 0;
    // A tag's version is exact semver: a `-` in it starts its prerelease part.
    return tags.filter((c) => c.name !== current.tag
        && (!stable || !c.version.includes('-'))
        && (version === null || version.compare(c.semver ?? c.version) > 0));
}
/** Same channel (stable, or the same prerelease identifier) and made no later than the release. */
function madeBefore(candidate, current) {
    return channelOf(candidate.version) === channelOf(current.version) && candidate.date <= current.date;
}
/** `beta` for 1.0.0-beta.3, undefined for a stable version. */
function channelOf(version) {
    const pre = semver.valid(version) === null ? null : semver.prerelease(version);
    return pre === null ? undefined : String(pre[0]);
}

;// CONCATENATED MODULE: ./build/default/version/next-version.js
/**
 * The next version, pure: the base release, the level the commits call for (or the one asked
 * for), and the prerelease numbering (1.3.0-rc.1, then rc.2 while 1.3.0 is not out).
 */


function nextVersion(input) {
    const level = levelFor(input);
    if ('skip' in level)
        return level;
    const stable = aboveReached(stableVersion(input, level.level), input.reached);
    let version = input.prerelease ? nextPrerelease(stable, input.prerelease, input.allTags) : stable;
    // An alpha after 43.0.0-beta.9 would go back: it starts the next patch's line instead.
    if (input.prerelease && input.reached && semver.lte(version, input.reached)) {
        version = nextPrerelease(semver.inc(stable, 'patch'), input.prerelease, input.allTags);
    }
    return { version, reason: level.reason };
}
function levelFor(input) {
    if (input.bump === 'major' || input.bump === 'minor' || input.bump === 'patch') {
        return { level: input.bump, reason: `bump ${input.bump} was asked for` };
    }
    if (input.bump === 'prerelease')
        return { reason: 'bump prerelease was asked for' };
    if (!input.base)
        return { reason: `first release: initial version ${input.initialVersion}` };
    const verdict = bumpLevelOf(input.commits);
    if (!verdict.level)
        return { skip: `no releasable commit since ${input.base.name} (${verdict.reason}; only feat, fix, perf, revert and breaking changes release)` };
    return { level: verdict.level, reason: verdict.reason };
}
function stableVersion(input, level) {
    if (!input.base)
        return semver.valid(input.initialVersion) ?? '1.0.0';
    const base = input.base.version;
    if (level === undefined)
        return pendingPrereleaseCore(input, base) ?? semver.inc(base, 'patch');
    const effective = level === 'major' && semver.major(base) === 0 && !input.majorOnZero ? 'minor' : level;
    return semver.inc(base, effective);
}
/**
 * A version never goes below what this line already reached: after 43.0.0-beta.9 the next stable
 * is at least 43.0.0, whatever the last stable ancestor was (semantic-release does the same).
 */
function aboveReached(stable, reached) {
    const core = reached === undefined ? undefined : semver.coerce(reached)?.version;
    return core !== undefined && semver.gt(core, stable) ? core : stable;
}
/** bump prerelease continues the line already started above the base (1.3.0-rc.1 → rc.2). */
function pendingPrereleaseCore(input, base) {
    const pending = input.allTags.find((t) => semver.prerelease(t.version)?.[0] === input.prerelease && semver.gt(t.version, base));
    return pending ? semver.coerce(pending.version)?.version : undefined;
}
/** `1.3.0` + `rc` → `1.3.0-rc.N+1` where N is the highest rc of 1.3.0 already tagged (else 1). */
function nextPrerelease(stable, id, tags) {
    const numbers = tags
        .map((t) => semver.prerelease(t.version))
        .filter((pre, i) => pre !== null && pre[0] === id && typeof pre[1] === 'number' && semver.coerce(tags[i].version)?.version === stable)
        .map((pre) => pre[1]);
    return `${stable}-${id}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}

;// CONCATENATED MODULE: ./build/default/resolve/prefix-check.js
/**
 * A prefix that matches none of the release tags turns every release into a "first release" over
 * the whole history. When other version-like tags exist (`1.2.3` while the prefix is `v`), say so.
 */


const VERSION_LIKE = /^(.*?)(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
async function warnAboutOtherPrefixes(cwd, prefix, hasReleaseTags, log) {
    if (hasReleaseTags)
        return;
    const names = (await git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags/'], { cwd })).split('\n').filter(Boolean);
    const found = otherPrefixes(names);
    if (found.size === 0)
        return;
    const listed = [...found].sort((a, b) => b[1].count - a[1].count).slice(0, 5)
        .map(([other, { count, example }]) => `${other === '' ? 'no prefix' : `"${other}"`} (${count}, e.g. ${example})`).join(', ');
    log.warn(`No release tag has the prefix "${prefix}", but the history has version-like tags with ${listed}. `
        + `If they are this project's releases, give their prefix as ${(0,option_mention/* mention */.lE)('tag-prefix')} (an empty value for tags such as 1.2.3); otherwise this is a first release over all history.`);
}
/** Prefix → how many version-like tags carry it, with one example. */
function otherPrefixes(names) {
    const found = new Map();
    for (const name of names) {
        const prefix = VERSION_LIKE.exec(name)?.[1];
        if (prefix === undefined)
            continue;
        const entry = found.get(prefix) ?? { count: 0, example: name };
        entry.count += 1;
        found.set(prefix, entry);
    }
    return found;
}

;// CONCATENATED MODULE: ./build/default/resolve/next-tag.js
/**
 * No tag given: decide the next version from conventional commits since the latest release tag
 * that is an ancestor of the ref (semver precedence, not dates). A commit that already carries a
 * release tag is not bumped again: the run converges on that tag instead.
 */










/** Stable tags asked about in the first containment walk (with every prerelease above them). */
const FIRST_WALK = 8;
/** `shallow`: whether the checkout is shallow, when resolving the ref already asked. */
async function computeNextTag(inputs, refSha, log, shallow) {
    if (!refSha)
        throw new errors/* ReleaseError */.K2('E_REF_UNKNOWN', 'HEAD is not a commit', { hint: 'Run inside a clone with at least one commit.' });
    if (inputs.bump === 'none') {
        throw new errors/* ReleaseError */.K2('E_NO_TAG', 'No tag was given and bump is none', {
            hint: `Give the tag (${(0,option_mention/* mention */.lE)('tag')}), run in a tag pipeline (CI_COMMIT_TAG / a GitHub tag ref), or compute the next version with ${(0,option_mention/* mention */.lE)('bump')} set to auto, major, minor, patch or prerelease.`,
            input: 'tag',
            exitCode: 2,
        });
    }
    if (shallow !== false)
        await assertFullHistory(inputs.cwd);
    // Every tag, contained or not: prerelease numbers must not repeat one tagged on another branch.
    const tags = await readReleaseTags(inputs.cwd, inputs.tagPrefix);
    await warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, tags.length > 0, log);
    const already = tagOnCommit(tags, refSha, inputs.prerelease !== undefined);
    if (already) {
        log.info(`${refSha.slice(0, 12)} is already released as ${already.name}: converging on that tag instead of bumping again.`);
        const current = { tag: already.name, version: already.version, date: already.date };
        const asked = await tagsContainedIn(inputs.cwd, refSha, { names: ancestryQuestions(tags, current).map((t) => t.name) });
        const previousTag = previousRelease(tags, current, asked);
        return { kind: 'release', release: { tag: already.name, version: already.version, commitSha: refSha, tagExistsLocally: true, shallow: false, tagDate: already.date, ...(previousTag ? { previousTag } : {}) } };
    }
    const contained = await containedDownToStable(inputs.cwd, refSha, tags);
    // Prereleases never serve as the base of a version: rc.N is derived from allTags instead.
    const base = tags.find((t) => contained.has(t.name) && semver.prerelease(t.version) === null);
    const commits = await readCommits(inputs.cwd, { ...(base ? { from: base.sha } : {}), to: refSha, paths: inputs.paths });
    const reached = tags.find((t) => contained.has(t.name))?.version;
    const next = nextVersion({ ...(base ? { base } : {}), ...(reached ? { reached } : {}), allTags: tags, commits, bump: inputs.bump, ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}), initialVersion: inputs.initialVersion, majorOnZero: inputs.majorOnZero });
    if ('skip' in next)
        return { kind: 'skip', reason: next.skip, commitSha: refSha, ...(base ? { previousTag: base.name } : {}) };
    log.info(`Next version ${next.version}: ${next.reason}.`);
    const tag = `${inputs.tagPrefix}${next.version}`;
    const taken = tags.find((t) => t.name === tag);
    if (taken)
        throw versionTaken(tag, taken.sha, refSha);
    // A prerelease's notes start at the previous prerelease (rc.2: what changed since rc.1); the
    // commits read from the stable base then cover too much and are read again for the notes.
    const previousTag = previousRelease(tags, { tag, version: next.version, date: nowInSeconds() }, contained);
    const sameRange = previousTag?.sha === base?.sha;
    return { kind: 'release', release: { tag, version: next.version, commitSha: refSha, tagExistsLocally: false, shallow: false, ...(sameRange ? { commits } : {}), ...(previousTag ? { previousTag } : {}) } };
}
/**
 * The tags the commit contains. git's walk goes back only as far as the oldest tag asked about, so
 * the first walk asks about the highest versions, down to the FIRST_WALK-th stable one: when the
 * commit contains one of those stables (the base), every question of the computed version (base,
 * the version reached, its previous release) is answered by the tags at or above it. Otherwise a
 * second walk asks about the rest.
 */
async function containedDownToStable(cwd, commit, tags) {
    // A tag's version is exact semver: a `-` in it starts its prerelease part.
    const stable = tags.map((t, i) => (t.version.includes('-') ? -1 : i)).filter((i) => i !== -1);
    const cut = stable.length > FIRST_WALK ? stable[FIRST_WALK - 1] + 1 : tags.length;
    const contained = await tagsContainedIn(cwd, commit, { names: tags.slice(0, cut).map((t) => t.name) });
    if (cut === tags.length || stable.some((i) => i < cut && contained.has(tags[i].name)))
        return contained;
    for (const name of await tagsContainedIn(cwd, commit, { names: tags.slice(cut).map((t) => t.name) }))
        contained.add(name);
    return contained;
}
/** The computed tag exists here on a commit of another line: stop before anything is written. */
function versionTaken(tag, takenSha, refSha) {
    return new errors/* ReleaseError */.K2('E_VERSION_TAKEN', `The computed version ${tag} is already a tag in this checkout, at ${takenSha.slice(0, 12)}, which ${refSha.slice(0, 12)} does not contain`, {
        hint: `${tag} was released from another line (a release or maintenance branch). Release this commit with an explicit tag (${(0,option_mention/* mention */.lE)('tag')}), `
            + `a prerelease identifier (${(0,option_mention/* mention */.lE)('prerelease')}), or a tag prefix of its own (${(0,option_mention/* mention */.lE)('tag-prefix')}); or run on the branch that carries that line.`,
    });
}
/** A release tag on the commit itself; a stable run ignores prerelease tags there. */
function tagOnCommit(tags, sha, wantPrerelease) {
    return tags.find((t) => t.sha === sha && (wantPrerelease || semver.prerelease(t.version) === null));
}

;// CONCATENATED MODULE: ./build/default/resolve/previous-release.js
/**
 * The previous-release rule (src/version/previous-tag.ts), reading as few tags as it can. Names
 * and versions order the candidates; a date is read only for a candidate of the release's channel,
 * highest first and in growing batches, until one was made no later than the release (usually the
 * first batch: the tags just below). Only the candidates above that one need an ancestry answer:
 * one `for-each-ref --merged` walk, usually short or none.
 */


/** Dates read in the first batch: a few above the usual answer, one process either way. */
const FIRST_BATCH = 8;
/** The first batch of candidates whose dates can settle the answer; read together with the release's own tag. */
function firstDateQuestions(releases, current) {
    return sameChannel(lowerCandidates(releases, current), current).slice(0, FIRST_BATCH);
}
/** `read` holds the tags already read (at least the first batch); releases are highest first. */
async function findPreviousRelease(cwd, commit, releases, current, read) {
    const lower = lowerCandidates(releases, current);
    const dated = new Map(read);
    const datable = sameChannel(lower, current);
    let settled = firstMadeBefore(lower, dated, current);
    for (let from = FIRST_BATCH; settled === -1 && from < datable.length; from *= 4) {
        for (const [name, tag] of await readTags(cwd, datable.slice(from, from * 4).map((c) => c.name)))
            dated.set(name, tag);
        settled = firstMadeBefore(lower, dated, current);
    }
    const questions = settled === -1 ? lower : lower.slice(0, settled);
    const contained = await readTags(cwd, questions.map((c) => c.name), { mergedInto: commit });
    for (const candidate of settled === -1 ? lower : lower.slice(0, settled + 1)) {
        const tag = contained.get(candidate.name) ?? (madeBeforeRead(candidate, dated, current) ? dated.get(candidate.name) : undefined);
        if (tag?.sha !== undefined)
            return { name: tag.name, version: candidate.version, sha: tag.sha, date: tag.date };
    }
    return undefined;
}
function sameChannel(candidates, current) {
    const channel = channelOf(current.version);
    // From the parsed versions: channelOf would parse every candidate's version again.
    return candidates.filter((c) => (c.semver.prerelease.length === 0 ? undefined : String(c.semver.prerelease[0])) === channel);
}
function firstMadeBefore(lower, dated, current) {
    return lower.findIndex((c) => madeBeforeRead(c, dated, current));
}
/** Read, ending at a commit (a tag of a tree releases nothing), of the channel and made no later. */
function madeBeforeRead(candidate, dated, current) {
    const tag = dated.get(candidate.name);
    return tag?.sha !== undefined && madeBefore({ name: tag.name, version: candidate.version, sha: tag.sha, date: tag.date }, current);
}

;// CONCATENATED MODULE: ./build/default/resolve/version-of-tag.js
/** The version a tag stands for: `v1.2.0` → `1.2.0`; a tag that is not semver stands for itself. */

function versionOfTag(tag, prefix) {
    const rest = prefix !== '' && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    return semver.valid(rest) ?? rest;
}

;// CONCATENATED MODULE: ./build/default/resolve/resolve-release.js
/**
 * Which tag, which commit, which version, which previous release: from --tag, or computed from
 * conventional commits when there is none (issue 7). Reads only the local git checkout.
 */









async function resolveRelease(inputs, log) {
    if (inputs.tag === undefined) {
        const head = await resolveCommitAndShallow(inputs.cwd, inputs.ref ?? 'HEAD');
        if (!head.sha)
            throw unknownRef(inputs.ref ?? 'HEAD');
        return computeNextTag(inputs, head.sha, log, head.shallow);
    }
    const tag = inputs.tag;
    const version = versionOfTag(tag, inputs.tagPrefix);
    const local = await readLocalTags(inputs, tag, version);
    const { commitSha, tagSha, refSha } = local;
    if (tagSha && refSha && inputs.ref !== undefined && tagSha !== refSha) {
        log.warn(`Tag ${tag} already exists and points at ${tagSha.slice(0, 12)}, not at ref ${inputs.ref} (${refSha.slice(0, 12)}): GitLab keeps the existing tag; the release uses ${tagSha.slice(0, 12)}.`);
    }
    const tagDate = tagSha === undefined ? undefined : local.read.get(tag)?.date;
    const hasReleaseTags = local.releases.length > 0 || local.names.some((name) => releaseVersionOf(name, inputs.tagPrefix) !== null);
    const [previousTag] = await Promise.all([
        findPreviousRelease(inputs.cwd, commitSha, local.releases, { tag, version, date: tagDate ?? nowInSeconds() }, local.read),
        warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, hasReleaseTags, log),
    ]);
    return { kind: 'release', release: {
            tag, version, commitSha, tagExistsLocally: tagSha !== undefined, shallow: local.shallow,
            ...(tagDate !== undefined ? { tagDate } : {}), ...(previousTag ? { previousTag } : {}),
        } };
}
/**
 * Names first (refs only), then one read of the release's own tag and of the few tags just below
 * it: the usual run (an existing release tag, no --ref) starts two small git processes before the
 * notes' log, however many tags the checkout has.
 */
async function readLocalTags(inputs, tag, version) {
    const { names, shallow } = await listTagNames(inputs.cwd, inputs.tagPrefix);
    // A stable release (or a tag that is not semver) starts at a stable one: prereleases need no parse.
    const parsed = semver.parse(version);
    const releases = releasesByName(names, inputs.tagPrefix, parsed === null || parsed.prerelease.length === 0);
    // Without --ref, HEAD matters only when the checkout lacks the tag.
    const refLater = names.includes(tag) && inputs.ref === undefined;
    const [read, refSha] = await Promise.all([
        readTags(inputs.cwd, [tag, ...firstDateQuestions(releases, { tag, version }).map((c) => c.name)]),
        refLater ? undefined : resolveRef(inputs),
    ]);
    const own = read.get(tag);
    // A tag of a tag of a commit is not peeled in one step: ask rev-parse, as for any ref.
    const tagSha = own === undefined ? undefined : own.sha ?? await localTagCommit(inputs.cwd, tag);
    const commitSha = tagSha ?? refSha ?? (refLater ? await resolveRef(inputs) : undefined);
    if (!commitSha)
        throw unknownRef(inputs.ref ?? 'HEAD');
    return { names, shallow, releases, read, tagSha, refSha, commitSha };
}
function nowInSeconds() {
    return Math.floor(Date.now() / 1000);
}
async function resolveRef(inputs) {
    const sha = await resolveCommit(inputs.cwd, inputs.ref ?? 'HEAD');
    // An explicit ref that is not here may still be on GitLab when the tag exists locally.
    if (!sha && inputs.tag === undefined)
        throw unknownRef(inputs.ref ?? 'HEAD');
    return sha;
}
function unknownRef(ref) {
    return new errors/* ReleaseError */.K2('E_REF_UNKNOWN', `Ref ${ref} is not a commit in this checkout`, {
        hint: `Fetch it first (git fetch origin <ref> --tags) or set ${(0,option_mention/* mention */.lE)('ref')} to a commit SHA, branch or tag that exists here.`,
        input: 'ref',
        exitCode: 2,
    });
}

;// CONCATENATED MODULE: ./build/default/version.js
/** The tool's own version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/default/run.js
/**
 * One run: resolve the release (git) → read the forge's facts, once → plan (pure) → (dry run? stop)
 * → apply → outputs. Only git (src/git) and the forge (src/forge) touch the outside world.
 */














async function run(inputs, log) {
    // conventional-changelog is most of a run's JavaScript: once the first git process has started
    // (setImmediate runs after it is spawned), it loads while git works. A failed load is reported
    // where the notes need it.
    if (inputs.description === undefined)
        setImmediate(() => loadConventional().catch(() => { }));
    const resolution = await log.group('Resolve the release', async () => {
        const resolved = await resolveRelease(inputs, log);
        if (resolved.kind === 'release')
            log.info(resolvedLine(resolved.release, inputs));
        return resolved;
    });
    if (resolution.kind === 'skip') {
        log.info(`Nothing to release: ${resolution.reason}.`);
        return { outputs: skippedOutputs(resolution), planText: `Nothing to release: ${resolution.reason}.`, dryRun: inputs.dryRun, json: inputs.json, releaseExists: false };
    }
    const release = resolution.release;
    // Files are hashed (and their names checked) before the first request. Hashing loads
    // node:crypto, a tenth of a run's start-up: only a run with files pays for it.
    const files = inputs.files?.length ? await (await __webpack_require__.e(/* import() */ 748).then(__webpack_require__.bind(__webpack_require__, 7748))).readReleaseFiles(inputs, release.version) : undefined;
    const forge = await connectForge(inputs, log);
    const want = {
        tag: release.tag, tagExistsLocally: release.tagExistsLocally, ...(inputs.projectUrl ? { projectUrl: inputs.projectUrl } : {}),
        milestonesToCheck: (current) => milestonesToCheck(inputs.milestones, current),
        ...(files ? { package: { name: files.packageName, version: files.packageVersion } } : {}),
    };
    const facts = await log.group('Read GitLab', async () => {
        const found = await forge.readFacts(want);
        if (!found.online)
            log.warn(`No token or project: planning offline, as if the release did not exist yet. Give ${(0,option_mention/* mention */.lE)('project')} and ${(0,option_mention/* mention */.lE)('token')} to read the real state.`);
        log.info(gitlabLine(release.tag, found.release, found.online));
        return found;
    });
    checkTagOnGitLab(release, { existing: facts.release, tagCommit: facts.tagCommit }, { computed: inputs.tag === undefined, generatedNotes: inputs.description === undefined }, log);
    if (facts.milestones?.kind === 'unchecked')
        log.info(facts.milestones.why);
    const date = notesDate(inputs, release, facts.release, facts.online);
    const block = await log.group('Release notes', async () => {
        const notes = await notesBlock(inputs, release, facts.projectUrl, date, log);
        log.info(notesLine(notes, inputs, release));
        log.info(notes);
        return notes;
    });
    const git = { commitSha: release.commitSha, tagExistsLocally: release.tagExistsLocally };
    // Pure from here: the same wish, git and forge facts always give the same plan.
    const desiredFiles = files ? { wanted: files, urls: new Map(files.files.map((f) => [f.name, forge.packageFileUrl(files.packageName, files.packageVersion, f.name)])) } : undefined;
    const makePlan = (current) => planRelease({
        ...desiredRelease(inputs, release, finalDescription(inputs, release.tag, block, current.release, log)), ...(desiredFiles ? { files: desiredFiles } : {}),
    }, git, current, new Date());
    const plan = makePlan(facts);
    const planText = describePlan(plan, forge);
    await log.group('Plan', async () => log.info(planText));
    const notesFile = await writeNotesFile(inputs, plan.notes);
    const web = webLinks(plan, facts.projectUrl);
    if (inputs.dryRun || !facts.online)
        return { outputs: toOutputs(plan, undefined, notesFile), planText, dryRun: true, json: inputs.json, releaseExists: facts.release !== undefined, ...web };
    const applied = await log.group('Apply', () => applyPlan(plan, {
        forge, log, replan: async () => makePlan(await forge.refresh(facts, want)),
    }));
    return { outputs: toOutputs(applied.plan, applied, notesFile), planText, dryRun: false, json: inputs.json, releaseExists: true, ...web };
}
/** What the user asked for, with the notes as they will read after merging. */
function desiredRelease(inputs, release, notes) {
    return {
        tag: release.tag, version: release.version, paths: inputs.paths, ...(release.previousTag ? { previousTag: release.previousTag.name } : {}),
        ...(inputs.name !== undefined ? { name: inputs.name } : {}), notes,
        ...(inputs.milestones ? { milestones: inputs.milestones } : {}), ...(inputs.releasedAt ? { releasedAt: inputs.releasedAt } : {}),
        ...(inputs.tagMessage !== undefined ? { tagMessage: inputs.tagMessage } : {}), ...(inputs.assets ? { links: inputs.assets } : {}),
        pruneLinks: inputs.pruneLinks, evidence: inputs.evidence,
    };
}
/** gitbeaker is loaded only when GitLab is asked (an offline dry run never pays for it). */
async function connectForge(inputs, log) {
    const online = inputs.auth.kind !== 'none' && inputs.project !== undefined;
    const client = online ? await createClient(inputs, inputs.auth, log) : undefined;
    return createGitLabForge({ gitlabUrl: inputs.gitlabUrl, ...(inputs.project ? { project: inputs.project } : {}), auth: inputs.auth.kind, ...(client ? { client } : {}), log });
}
async function createClient(inputs, auth, log) {
    const { createGitLabClient } = await Promise.all(/* import() */[__webpack_require__.e(582), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 1178));
    return createGitLabClient({
        gitlabUrl: inputs.gitlabUrl, project: inputs.project, auth,
        timeoutMs: inputs.timeoutMs, deadlineMs: inputs.deadlineMs, retries: inputs.retries, retryMaxWaitMs: inputs.retryMaxWaitMs,
        ...(inputs.caPem ? { caPem: inputs.caPem } : {}), insecure: inputs.insecure, userAgent: `forge-release/${VERSION}`,
        onRetry: (r) => log.warn(`${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
    });
}
async function writeNotesFile(inputs, notes) {
    if (!inputs.notesFile)
        return '';
    const path = (0,external_node_path_.resolve)(inputs.cwd, inputs.notesFile);
    await (0,outputs_file/* writeOutputFile */.B)(path, notes.endsWith('\n') ? notes : `${notes}\n`, 'notes-file');
    return path;
}


/***/ }),

/***/ 7444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fileChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/**
 * A file read in order through three recycled buffers. A stream would allocate a fresh buffer per
 * chunk, and a large file's discarded buffers (freed only at the next GC) cost tens of megabytes
 * of RSS and, on a fast link, much of the throughput. The next chunk is read ahead while the
 * consumer works, so disk and socket (or hash) overlap. A chunk stays valid while the consumer
 * works on the next one (an uploader keeps one socket write in flight behind the one it starts);
 * its buffer is refilled once the chunk after that is asked for.
 */

/** Larger than a stream's 64 KiB default: fewer reads and fewer writes to the socket. */
const CHUNK_BYTES = 1024 * 1024;
async function* fileChunks(path) {
    const buffers = Array.from({ length: 3 }, () => Buffer.allocUnsafe(CHUNK_BYTES));
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    let position = 0;
    const readInto = (buffer) => handle.read(buffer, 0, CHUNK_BYTES, position);
    let next = readInto(buffers[0]);
    try {
        for (let turn = 1;; turn = (turn + 1) % buffers.length) {
            const { bytesRead, buffer } = await next;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            next = readInto(buffers[turn]);
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        // A read still in flight (the consumer stopped early) must end before the handle closes.
        await next.catch(() => undefined);
        await handle.close();
    }
}


/***/ })

};
