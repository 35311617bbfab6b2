/**
 * `forge-release download TAG`: the release's link assets into a directory. A link with a direct
 * asset path is fetched through GitLab's downloads route (§2.6, it redirects to the link's URL);
 * others from their URL. When the release links a SHA256SUMS, every file is checked against it
 * before it takes its name.
 */
import { mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { basename, resolve } from 'node:path';
import { InputError, ReleaseError } from '../errors.js';
import { shown } from '../gitlab/fetch-asset.js';
import { CHECKSUMS_NAME, parseChecksums } from './checksums.js';
import type { Command, CommandContext } from './command.js';
import { assetSource, fetchAndSave, openLink, readChecksums, sourceUrl } from './link-source.js';
import { releaseView, type LinkView, type ReleaseView } from './release-view.js';
import { saveFile, type SavedFile } from './save-file.js';
import { releaseNotFound, tagArgument } from './tag-argument.js';
import { table } from './table.js';

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

function downloadText(files: DownloadedFile[], dir: string, checked: boolean, release: ReleaseView): string {
  if (files.length === 0) return `Release ${release.tag} has no asset links: nothing to download.`;
  const rows = files.map((f) => [f.name, String(f.size), f.sha256, f.verified === true ? 'ok' : '-']);
  const note = checked ? `Every file matched ${CHECKSUMS_NAME}.` : `The release links no ${CHECKSUMS_NAME}: the files were not verified.`;
  return `${table(['NAME', 'BYTES', 'SHA256', 'VERIFIED'], rows)}\n\n${files.length} file${files.length === 1 ? '' : 's'} in ${dir}. ${note}`;
}
