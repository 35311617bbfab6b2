/**
 * Which release files to upload: those whose sha256 differs from the newest row of their name in
 * the package (the one the forge serves). An identical re-run uploads nothing.
 */
import type { PackageFacts } from '../forge/forge.js';
import type { ReleaseFile, ReleaseFiles } from '../uploads/release-files.js';

export interface PlannedFile {
  file: ReleaseFile;
  /** The download URL the release links. */
  url: string;
  action: 'put' | 'same';
}

export interface UploadStep {
  packageName: string;
  packageVersion: string;
  /** The package version exists already: no first upload has to go alone. */
  packageExists: boolean;
  files: PlannedFile[];
}

export function planUploadStep(wanted: ReleaseFiles, urls: Map<string, string>, held: PackageFacts | undefined): UploadStep {
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
