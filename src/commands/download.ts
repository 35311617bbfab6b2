/**
 * `forge-release download TAG`: the release's link assets into a directory. A link with a direct
 * asset path is fetched through GitLab's downloads route (§2.6, it redirects to the link's URL);
 * others from their URL. When the release links a SHA256SUMS, every file is checked against it
 * before it takes its name.
 */
import { mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { basename, resolve } from 'node:path';
import { ReleaseError, InputError } from '../errors.js';
import { openAsset, shown, type AssetSource } from '../gitlab/fetch-asset.js';
import { decide } from '../gitlab/retry-policy.js';
import { createTransport, type Transport } from '../gitlab/transport.js';
import { VERSION } from '../version.js';
import { CHECKSUMS_NAME, parseChecksums } from './checksums.js';
import type { Command, CommandContext } from './command.js';
import { releaseView, type LinkView, type ReleaseView } from './release-view.js';
import { saveFile, type SavedFile } from './save-file.js';
import { releaseNotFound, tagArgument } from './tag-argument.js';
import { table } from './table.js';

const MAX_CHECKSUMS_BYTES = 1024 * 1024;

interface DownloadedFile extends SavedFile {
  name: string;
  /** Where it came from (no query string). */
  source: string;
  /** true = matched SHA256SUMS; null = the release has no SHA256SUMS (or this is it). */
  verified: boolean | null;
}

export const downloadCommand: Command = {
  name: 'download',
  usage: 'forge-release download TAG [--dir DIR] [--asset NAME]…',
  summary: 'download the release\'s link assets; verified against the release\'s SHA256SUMS when it has one.',
  options: { dir: { type: 'string' }, asset: { type: 'string', multiple: true } },
  optionHelp: [
    ['--dir DIR', 'Directory to download into, created if missing (default: .).'],
    ['--asset NAME', 'Download only this link (repeatable). Default: every link.'],
  ],
  examples: ['forge-release download v1.2.0 --dir dist/', 'forge-release download v1.2.0 --asset app-linux-amd64 --asset SHA256SUMS'],
  async run(ctx) {
    const tag = tagArgument(ctx, 'download');
    const project = ctx.project();
    const entity = await (await ctx.client()).showRelease(tag);
    if (!entity) throw releaseNotFound(tag, project);
    const release = releaseView(entity);
    const chosen = chooseLinks(release, ctx.args.values.asset as string[] | undefined);
    const dir = resolve((ctx.args.values.dir as string | undefined) ?? '.');
    const files = await downloadAll(release, chosen, dir, ctx, project);
    const checked = release.links.some((l) => l.name === CHECKSUMS_NAME);
    return { data: { tag, dir, verified: checked, files }, text: downloadText(files, dir, checked, release) };
  },
};

function chooseLinks(release: ReleaseView, wanted: string[] | undefined): LinkView[] {
  const unknown = (wanted ?? []).filter((name) => !release.links.some((l) => l.name === name));
  if (unknown.length) {
    const names = release.links.map((l) => l.name).join(', ') || '(none)';
    throw new InputError(unknown.map((name) => ({ input: 'asset', message: `release ${release.tag} has no link named "${name}"`, hint: `Its links: ${names}.` })));
  }
  const chosen = wanted ? release.links.filter((l) => wanted.includes(l.name)) : release.links;
  // A link name becomes a file name: it must not climb out of --dir.
  const unsafe = chosen.find((l) => l.name !== basename(l.name) || l.name === '.' || l.name === '..' || l.name.includes('\\'));
  if (unsafe) {
    throw new ReleaseError('E_DOWNLOAD_FAILED', `Link name "${unsafe.name}" is not a plain file name`, { hint: 'Rename the link (no / or \\), or leave it out with --asset.' });
  }
  return chosen;
}

async function downloadAll(release: ReleaseView, links: LinkView[], dir: string, ctx: CommandContext, project: string): Promise<DownloadedFile[]> {
  const source = assetSource(ctx);
  const sumsLink = release.links.find((l) => l.name === CHECKSUMS_NAME);
  const sumsText = sumsLink ? await readChecksums(await openLink(sumsLink, sourceUrl(sumsLink, release, ctx, project), source)) : undefined;
  const sums = sumsText === undefined ? undefined : parseChecksums(sumsText);
  await mkdir(dir, { recursive: true });
  const files: DownloadedFile[] = [];
  for (const link of links) {
    const url = sourceUrl(link, release, ctx, project);
    const isSums = link === sumsLink;
    ctx.note(`Downloading ${link.name}`);
    const accept = (file: SavedFile) => { if (sums && !isSums) verify(link.name, file, sums); };
    const saved = isSums
      ? await saveFile(Readable.from([Buffer.from(sumsText!, 'utf8')]), resolve(dir, link.name), accept)
      : await fetchAndSave(link, url, source, resolve(dir, link.name), accept);
    files.push({ name: link.name, ...saved, source: shown(url), verified: sums && !isSums ? true : null });
  }
  return files;
}

/** A file whose stream breaks off is fetched again from the start, within the retry budget. */
async function fetchAndSave(link: LinkView, url: URL, source: AssetSource, target: string, accept: (file: SavedFile) => void): Promise<SavedFile> {
  let waitedMs = 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await saveFile(await openLink(link, url, source), target, accept);
    } catch (error) {
      // Answers and checksum failures are final (openAsset has already retried what it could).
      if (error instanceof ReleaseError) throw error;
      const decision = decide({ kind: 'network', sent: true }, true, source.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
      if (!decision.retry) throw brokeOff(error, link.name, url);
      source.onRetry({ method: 'GET', endpoint: shown(url), reason: `${link.name} broke off (${(error as Error).message})`, attempt: attempt + 1, waitMs: decision.waitMs });
      await new Promise((done) => setTimeout(done, decision.waitMs));
      waitedMs += decision.waitMs;
    }
  }
}

/** A stream that failed midway (reset, timeout, disk full) → one coded error; checksum errors pass through. */
function brokeOff(error: unknown, name: string, url: URL): unknown {
  if (error instanceof ReleaseError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ReleaseError('E_DOWNLOAD_FAILED', `${name} broke off: ${reason} (from ${shown(url)})`, {
    hint: 'Nothing partial was kept; run the download again. If it keeps breaking off, raise --retries or --timeout, or check the network and free disk space.',
    cause: error,
  });
}

function verify(name: string, file: SavedFile, sums: Map<string, string>): void {
  const expected = sums.get(name);
  if (!expected) {
    throw new ReleaseError('E_CHECKSUM_MISSING', `${CHECKSUMS_NAME} of the release has no entry for ${name}; it was not kept`, {
      hint: `Add ${name} to ${CHECKSUMS_NAME} (sha256sum … > ${CHECKSUMS_NAME}) and re-upload it, or leave the file out with --asset.`,
    });
  }
  if (expected !== file.sha256) {
    throw new ReleaseError('E_CHECKSUM_MISMATCH', `${name} does not match ${CHECKSUMS_NAME} (expected sha256 ${expected}, got ${file.sha256}); it was not kept`, {
      hint: 'The file or the checksum list was changed or corrupted after the release: do not use the file; ask the release\'s maintainers.',
    });
  }
}

/**
 * GitLab before 15.4 has no downloads route: its catch-all answers `404 Not Found` (capital F; a
 * missing path answers `404 Not found`, and the release was just read). Then the link URL serves.
 */
async function openLink(link: LinkView, url: URL, source: AssetSource) {
  try {
    return await openAsset(url, source);
  } catch (error) {
    const routeMissing = url.href !== link.url && error instanceof ReleaseError && error.gitlab?.status === 404 && error.gitlab.message === '404 Not Found';
    if (!routeMissing) throw error;
    return await openAsset(new URL(link.url), source);
  }
}

/** The GitLab downloads route for links with a direct asset path (its direct URL sits under the release's); else the link URL. */
function sourceUrl(link: LinkView, release: ReleaseView, ctx: CommandContext, project: string): URL {
  const prefix = `${release.url}/downloads/`;
  if (release.url && link.directAssetUrl !== link.url && link.directAssetUrl.startsWith(prefix)) {
    const path = link.directAssetUrl.slice(prefix.length);
    return new URL(`${ctx.connection.gitlabUrl}/api/v4/projects/${encodeURIComponent(project)}/releases/${encodeURIComponent(release.tag)}/downloads/${path}`);
  }
  return new URL(link.url);
}

async function readChecksums(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_CHECKSUMS_BYTES) {
      throw new ReleaseError('E_DOWNLOAD_FAILED', `${CHECKSUMS_NAME} is larger than 1 MiB`, { hint: `${CHECKSUMS_NAME} should list one checksum per file; check the link.` });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One transport per origin: the GitLab server's honours --insecure, others never skip TLS checks. */
function assetSource(ctx: CommandContext): AssetSource {
  const { connection } = ctx;
  const gitlabOrigin = new URL(connection.gitlabUrl).origin;
  const transports = new Map<string, Transport>();
  const auth = connection.auth;
  return {
    gitlabOrigin,
    authHeaders: auth.kind === 'private' ? { 'private-token': auth.token } : auth.kind === 'job' ? { 'job-token': auth.token } : {},
    transportFor: (url) => {
      const made = transports.get(url.origin) ?? createTransport({
        baseUrl: url.origin, ...(connection.caPem ? { caPem: connection.caPem } : {}), insecure: connection.insecure && url.origin === gitlabOrigin, env: process.env,
      });
      transports.set(url.origin, made);
      return made;
    },
    timeoutMs: connection.timeoutMs,
    budget: { retries: connection.retries, maxTotalWaitMs: connection.retryMaxWaitMs },
    userAgent: `forge-release/${VERSION}`,
    onRetry: (r) => ctx.note(`warning: GET ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
  };
}

function downloadText(files: DownloadedFile[], dir: string, checked: boolean, release: ReleaseView): string {
  if (files.length === 0) return `Release ${release.tag} has no asset links: nothing to download.`;
  const rows = files.map((f) => [f.name, String(f.size), f.sha256, f.verified === true ? 'ok' : '-']);
  const note = checked ? `Every file matched ${CHECKSUMS_NAME}.` : `The release links no ${CHECKSUMS_NAME}: the files were not verified.`;
  return `${table(['NAME', 'BYTES', 'SHA256', 'VERIFIED'], rows)}\n\n${files.length} file${files.length === 1 ? '' : 's'} in ${dir}. ${note}`;
}
