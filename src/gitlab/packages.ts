/**
 * The generic package registry (generic-packages.md): the newest row of each file name in one
 * package version, and the raw PUT of one file. gitbeaker sends string bodies only, so these go
 * through our sender directly, with the same timeouts, retries and error dialect.
 */
import type { Auth } from '../inputs/inputs.js';
import type { HandlerOptions } from './requester.js';
import type { StreamBody } from './transport.js';

export interface StoredFile {
  sha256: string;
  size: number;
}

/** What the registry holds for one package name and version. */
export interface PackageContents {
  /** The package version exists (its first upload must go alone: concurrent creates race, §2.5). */
  exists: boolean;
  /** The newest row per file name: the one GitLab serves (§2.6). */
  files: Map<string, StoredFile>;
}

type Send = (endpoint: string, request: HandlerOptions) => Promise<{ body: unknown; headers: Record<string, string>; status: number }>;

export interface PackageRegistry {
  contents(name: string, version: string): Promise<PackageContents>;
  upload(name: string, version: string, fileName: string, body: StreamBody): Promise<void>;
}

export function createPackageRegistry(send: Send, gitlabUrl: string, project: string, auth: Exclude<Auth, { kind: 'none' }>): PackageRegistry {
  const prefixUrl = `${gitlabUrl}/api/v4/`;
  const projectPath = `projects/${encodeURIComponent(project)}`;
  // JOB-TOKEN, never Basic: the upload route does not accept a job token in Basic auth (§2.4).
  const headers: Record<string, string> = auth.kind === 'job' ? { 'JOB-TOKEN': auth.token } : { 'PRIVATE-TOKEN': auth.token };
  const getAll = async <T>(endpoint: string, query: Record<string, string>): Promise<T[]> => {
    const all: T[] = [];
    for (let page = 1; ; page += 1) {
      const searchParams = new URLSearchParams({ ...query, per_page: '100', page: String(page) }).toString();
      const answer = await send(endpoint, { method: 'GET', headers, searchParams, prefixUrl });
      all.push(...(answer.body as T[]));
      const next = answer.headers['x-next-page'];
      if (!next) return all;
    }
  };
  // The name filter is a substring match and the version filter is ignored before 16.6 (§4): filter here.
  // Without `status`, GitLab lists the displayable ones (default, deprecated, error).
  const packagesNamed = async (name: string, version: string, status?: 'hidden') => {
    const listed = await getAll<{ id: number; name: string; version: string }>(`${projectPath}/packages`, { package_type: 'generic', package_name: name, package_version: version, ...(status ? { status } : {}) });
    return listed.filter((p) => p.name === name && p.version === version);
  };
  return {
    async contents(name, version) {
      const matching = await packagesNamed(name, version);
      // A package someone uploaded with status=hidden is listed only when asked for, and our PUTs
      // (without status) keep it hidden: look there too before deciding that every file is new.
      if (matching.length === 0) matching.push(...await packagesNamed(name, version, 'hidden'));
      const files = new Map<string, StoredFile & { id: number }>();
      for (const pkg of matching) {
        const rows = await getAll<{ id: number; file_name: string; file_sha256: string | null; size: number }>(`${projectPath}/packages/${pkg.id}/package_files`, {});
        for (const row of rows) {
          const known = files.get(row.file_name);
          if (!known || row.id > known.id) files.set(row.file_name, { id: row.id, sha256: row.file_sha256 ?? '', size: row.size });
        }
      }
      return { exists: matching.length > 0, files: new Map([...files].map(([file, { sha256, size }]) => [file, { sha256, size }])) };
    },
    async upload(name, version, fileName, body) {
      const endpoint = `${projectPath}/packages/generic/${encodeURIComponent(name)}/${encodeURIComponent(version)}/${encodeURIComponent(fileName)}`;
      // A replayed PUT stores another row: after an ambiguous answer the caller lists again instead.
      await send(endpoint, { method: 'PUT', headers: { ...headers, 'content-type': 'application/octet-stream' }, body, prefixUrl, replay: 'never' });
    },
  };
}
