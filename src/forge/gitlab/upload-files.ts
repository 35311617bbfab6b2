/**
 * The upload step against GitLab's generic package registry. The first file of a new package
 * version goes alone (concurrent first uploads race to create the package and can fail with 500,
 * generic-packages.md §2.5), the rest a few at a time. Each file is streamed from disk with its
 * length; a duplicate refused by the group's setting becomes an error naming the file and the fixes.
 */
import { ReleaseError } from '../../errors.js';
import type { GitLabClient } from '../../gitlab/client.js';
import type { StreamBody } from '../../gitlab/transport.js';
import type { Logger } from '../../hosts/host.js';
import type { PlannedFile, UploadStep } from '../../plan/upload-step.js';
import { fileChunks } from '../../uploads/file-chunks.js';
import { uploadProgress } from '../../uploads/progress.js';

const CONCURRENCY = 3;

export async function uploadFiles(step: UploadStep, client: GitLabClient, log: Logger): Promise<string | undefined> {
  const puts = step.files.filter((f) => f.action === 'put');
  if (puts.length === 0) return undefined;
  const upload = (planned: PlannedFile) => uploadOne(step, planned, client, log);
  const [first, ...rest] = step.packageExists ? [undefined, ...puts] : puts;
  if (first) await upload(first);
  const queue = [...rest];
  let failed = false;
  // allSettled, not all: a failure must not leave uploads running behind a re-read of the package.
  const workers = await Promise.allSettled(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let next = queue.shift(); next && !failed; next = queue.shift()) {
      try {
        await upload(next);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }));
  const rejected = workers.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (rejected) throw rejected.reason;
  return `+ uploaded ${puts.map((p) => p.file.name).join(', ')} to package ${step.packageName} ${step.packageVersion}`;
}

async function uploadOne(step: UploadStep, planned: PlannedFile, client: GitLabClient, log: Logger): Promise<void> {
  const { file } = planned;
  const progress = uploadProgress(file.name, file.size);
  const body: StreamBody = {
    length: file.size,
    // Reopened for every attempt: a retry sends the file from its first byte.
    chunks: () => ('path' in file.source ? fileChunks(file.source.path) : [file.source.bytes]),
    onProgress: (sent) => {
      const line = progress(sent);
      if (line) log.info(line);
    },
  };
  try {
    await client.packages.upload(step.packageName, step.packageVersion, file.name, body);
  } catch (error) {
    throw duplicateRefused(error, step, file.name) ?? error;
  }
}

/** `400 Duplicate package is not allowed` (§2.6): the group forbids a second row of this name. */
function duplicateRefused(error: unknown, step: UploadStep, name: string): ReleaseError | undefined {
  if (!(error instanceof ReleaseError) || error.gitlab?.status !== 400 || !/Duplicate package is not allowed/.test(error.gitlab.message)) return undefined;
  return new ReleaseError('E_PACKAGE_DUPLICATE', `${name} changed since it was uploaded to package ${step.packageName} ${step.packageVersion}, and GitLab refuses a second ${name} there: the group forbids duplicate generic packages. The release was not changed`, {
    hint: 'Either publish the change under a new package version (package-version, or a new tag), or allow duplicates for generic packages in the group (Settings > Packages and registries > Duplicate packages), or add this package to the exceptions there.',
    gitlab: error.gitlab,
  });
}
