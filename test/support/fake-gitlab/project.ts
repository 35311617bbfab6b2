/** The one project the fake hosts (g/p, id 24) and its parent group g. */
import type { FakeGitLabOptions } from './types.js';

export interface Project {
  id: number;
  name: string;
  path: string;
  fullPath: string;
  groupId: number;
  groupPath: string;
  defaultBranch: string;
  visibility: 'private' | 'public';
  edition: 'ee' | 'ce';
  protectedTags: { pattern: string; developersCanCreate: boolean }[];
  movedFrom?: string;
  createdAt: Date;
  /** Server root, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** `${url}/g/p` */
  webUrl: string;
}

export function defineProject(options: FakeGitLabOptions, url: string): Project {
  return {
    id: 24, name: 'p', path: 'p', fullPath: 'g/p', groupId: 10, groupPath: 'g', defaultBranch: 'main',
    visibility: options.visibility ?? 'private', edition: options.edition ?? 'ee',
    protectedTags: options.protectedTags ?? [], movedFrom: options.movedFrom, createdAt: new Date(),
    url, webUrl: `${url}/g/p`,
  };
}
