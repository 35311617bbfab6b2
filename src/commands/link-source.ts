/**
 * Where a release link's bytes come from and how they reach disk: GitLab's downloads route for
 * links with a direct asset path (a link URL otherwise, or where the route is missing), one
 * transport per origin, the token for the GitLab server only, and a fresh start for a file whose
 * stream broke off, within the retry budget.
 */
import { ReleaseError } from '../errors.js';
import { openAsset, shown, type AssetSource } from '../gitlab/fetch-asset.js';
import { decide } from '../gitlab/retry-policy.js';
import { createTransport, type Transport } from '../gitlab/transport.js';
import { VERSION } from '../version.js';
import { CHECKSUMS_NAME } from './checksums.js';
import type { CommandContext } from './command.js';
import type { LinkView, ReleaseView } from './release-view.js';
import { saveFile, type SavedFile } from './save-file.js';

const MAX_CHECKSUMS_BYTES = 1024 * 1024;

/** A file whose stream breaks off is fetched again from the start, within the retry budget. */
export async function fetchAndSave(link: LinkView, url: URL, source: AssetSource, target: string, accept: (file: SavedFile) => void): Promise<SavedFile> {
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


/**
 * GitLab before 15.4 has no downloads route: its catch-all answers `404 Not Found` (capital F; a
 * missing path answers `404 Not found`, and the release was just read). Then the link URL serves.
 */
export async function openLink(link: LinkView, url: URL, source: AssetSource) {
  try {
    return await openAsset(url, source);
  } catch (error) {
    const routeMissing = url.href !== link.url && error instanceof ReleaseError && error.gitlab?.status === 404 && error.gitlab.message === '404 Not Found';
    if (!routeMissing) throw error;
    return await openAsset(new URL(link.url), source);
  }
}


/** The GitLab downloads route for links with a direct asset path (its direct URL sits under the release's); else the link URL. */
export function sourceUrl(link: LinkView, release: ReleaseView, ctx: CommandContext, project: string): URL {
  const prefix = `${release.url}/downloads/`;
  if (release.url && link.directAssetUrl !== link.url && link.directAssetUrl.startsWith(prefix)) {
    const path = link.directAssetUrl.slice(prefix.length);
    return new URL(`${ctx.connection.gitlabUrl}/api/v4/projects/${encodeURIComponent(project)}/releases/${encodeURIComponent(release.tag)}/downloads/${path}`);
  }
  return new URL(link.url);
}


export async function readChecksums(stream: NodeJS.ReadableStream): Promise<string> {
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
export function assetSource(ctx: CommandContext): AssetSource {
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
