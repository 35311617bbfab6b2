/**
 * The generic package registry as generic-packages.md describes it (vendored facts below): PUT of
 * raw bytes (§2.1), the regexes (§2.2), the size limit (§2.3), job tokens by header only (§2.4),
 * the answers with and without select=package_file (§2.5), a new row per PUT and the "allow
 * duplicates" setting with its 400 (§2.6), the newest row served on download (§3), and the lists:
 * packages with a fuzzy name filter and hidden packages left out, package files with file_sha256 (§4).
 */
import { createHash } from 'node:crypto';
import { apiError, authorize, grapeError, notFound, unauthorized } from './api-error.js';
import type { RequestContext } from './context.js';
import { PAGINATION_PARAMS, paginate } from './pagination.js';
import type { Caller } from './permissions.js';
import type { ApiResponse } from './router.js';

export interface PackageFileRow { id: number; package_id: number; file_name: string; size: number; file_sha256: string; file_md5: string; created_at: Date; bytes: Buffer }
export interface GenericPackage { id: number; name: string; version: string; status: 'default' | 'hidden'; created_at: Date; files: PackageFileRow[] }

export interface PackageSettings {
  /** The group's "Allow duplicates" (generic row); GitLab's default is true. */
  duplicatesAllowed?: boolean;
  /** plan limit generic_packages_max_file_size, in bytes (default 5 GiB). */
  maxFileSize?: number;
}

export class PackageStore {
  readonly packages: GenericPackage[] = [];
  duplicatesAllowed: boolean;
  maxFileSize: number;
  private nextId = 1;

  constructor(settings: PackageSettings = {}) {
    this.duplicatesAllowed = settings.duplicatesAllowed ?? true;
    this.maxFileSize = settings.maxFileSize ?? 5 * 1024 ** 3;
  }

  /** A `status` given changes an existing package's; none leaves it as it is (a hidden one stays hidden). */
  findOrCreate(name: string, version: string, status: 'default' | 'hidden' | undefined): GenericPackage {
    let found = this.packages.find((p) => p.name === name && p.version === version);
    if (!found) {
      found = { id: this.nextId++, name, version, status: status ?? 'default', created_at: new Date(), files: [] };
      this.packages.push(found);
    } else if (status) found.status = status;
    return found;
  }

  addFile(pkg: GenericPackage, fileName: string, bytes: Buffer): PackageFileRow {
    const row: PackageFileRow = {
      id: this.nextId++, package_id: pkg.id, file_name: fileName, size: bytes.length, created_at: new Date(), bytes,
      file_sha256: createHash('sha256').update(bytes).digest('hex'), file_md5: createHash('md5').update(bytes).digest('hex'),
    };
    pkg.files.push(row);
    return row;
  }

  /** Rows of one name in one package: what a test counts to see a duplicate. */
  rows(name: string, version: string, fileName: string): PackageFileRow[] {
    return this.packages.find((p) => p.name === name && p.version === version)?.files.filter((f) => f.file_name === fileName) ?? [];
  }
}

// lib/gitlab/regex/packages.rb (§2.2).
const PACKAGE_NAME = /^[A-Za-z0-9._+-]+$/;
const PACKAGE_VERSION = /^(?!.*\.\.)[\w+.-]+$/;
const FILE_NAME = /^(?![~@])[A-Za-z0-9._+~@-]+(?<![~@])$/;

const atLeastDeveloper = (caller: Caller | null) => caller !== null && ['developer', 'maintainer'].includes(caller.role);

/** `PUT /projects/:id/packages/generic/:package_name/:package_version/:file_name` */
export async function uploadPackageFile(ctx: RequestContext): Promise<ApiResponse> {
  // authenticate_non_get!: anonymous → 401 before anything else.
  if (!ctx.caller()) throw unauthorized();
  const params = ctx.declare([
    { name: 'status', type: 'string', values: ['default', 'hidden'] },
    { name: 'select', type: 'string', values: ['package_file'] },
  ]);
  const { package_name: name = '', package_version: version = '', file_name: fileName = '' } = ctx.match.params;
  const invalid = [
    ...(PACKAGE_NAME.test(name) ? [] : ['package_name is invalid']),
    ...(PACKAGE_VERSION.test(version) ? [] : ['package_version is invalid']),
    ...(FILE_NAME.test(fileName) ? [] : ['file_name is invalid']),
  ];
  if (invalid.length > 0) throw grapeError(invalid);
  ctx.findProject();
  authorize(atLeastDeveloper(ctx.caller()));
  const bytes = ctx.request.rawBody ?? Buffer.alloc(0);
  const store = ctx.state.packages;
  if (bytes.length > store.maxFileSize) throw apiError(400, '400 Bad request - File is too large');
  // create_package_file_service.rb: `update_column(:status, …) if params[:status] && params[:status] != package.status`.
  const pkg = store.findOrCreate(name, version, params.status as 'default' | 'hidden' | undefined);
  if (!store.duplicatesAllowed && pkg.files.some((f) => f.file_name === fileName)) throw apiError(400, '400 Bad request - Duplicate package is not allowed');
  const row = store.addFile(pkg, fileName, bytes);
  if (params.select === 'package_file') return { status: 200, body: fileRecord(row) };
  return { status: 201, body: { message: '201 Created' } };
}

/** `GET …/packages/generic/:package_name/:package_version/:file_name`: the newest row of that name (§3). */
export async function downloadPackageFile(ctx: RequestContext): Promise<ApiResponse> {
  ctx.findProject();
  const { package_name: name = '', package_version: version = '', file_name: fileName = '' } = ctx.match.params;
  const row = ctx.state.packages.rows(name, version, fileName).at(-1);
  if (!row) throw notFound();
  return { status: 200, text: row.bytes.toString('latin1'), headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${fileName}"`, 'X-Checksum-SHA256': row.file_sha256 } };
}

/** `GET /projects/:id/packages`: package_name is a fuzzy (ILIKE %…%) filter; hidden ones only with status=hidden. */
export async function listPackages(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.findProject();
  const params = ctx.declare([
    { name: 'package_type', type: 'string' },
    { name: 'package_name', type: 'string' },
    // Ignored before GitLab 16.6: the fake models the older servers a client must still handle.
    { name: 'package_version', type: 'string' },
    { name: 'status', type: 'string', values: ['default', 'hidden'] },
    ...PAGINATION_PARAMS,
  ]);
  authorize(ctx.caller() !== null || project.visibility === 'public');
  const fuzzy = (params.package_name as string | undefined)?.toLowerCase();
  const status = (params.status as string | undefined) ?? 'default';
  const found = ctx.state.packages.packages.filter((p) =>
    (params.package_type === undefined || params.package_type === 'generic')
    && (fuzzy === undefined || p.name.toLowerCase().includes(fuzzy))
    && p.status === status);
  const page = paginate(found, ctx.params, params, ctx.requestUrl());
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((p) => ({ id: p.id, name: p.name, version: p.version, package_type: 'generic', status: p.status, created_at: p.created_at.toISOString(), tags: [] })),
  };
}

/** `GET /projects/:id/packages/:package_id/package_files` */
export async function listPackageFiles(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.findProject();
  const params = ctx.declare([...PAGINATION_PARAMS]);
  authorize(ctx.caller() !== null || project.visibility === 'public');
  const pkg = ctx.state.packages.packages.find((p) => String(p.id) === ctx.match.params.package_id);
  if (!pkg) throw notFound();
  const page = paginate(pkg.files, ctx.params, params, ctx.requestUrl());
  return { status: 200, headers: page.headers, body: page.items.map(fileRecord) };
}

function fileRecord(row: PackageFileRow) {
  return {
    id: row.id, package_id: row.package_id, created_at: row.created_at.toISOString(), file_name: row.file_name, size: row.size,
    file_md5: row.file_md5, file_sha1: null, file_sha256: row.file_sha256, pipelines: [],
  };
}
