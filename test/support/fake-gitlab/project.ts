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
  /** Server root with the relative URL root, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/gitlab. */
  url: string;
  /** The relative URL root alone: '' or e.g. '/gitlab'. */
  urlRoot: string;
  /** `${url}/g/p` */
  webUrl: string;
}

export function defineProject(options: FakeGitLabOptions, serverUrl: string): Project {
  const urlRoot = options.urlRoot ?? '';
  const url = `${serverUrl}${urlRoot}`;
  return {
    id: 24, name: 'p', path: 'p', fullPath: 'g/p', groupId: 10, groupPath: 'g', defaultBranch: 'main',
    visibility: options.visibility ?? 'private', edition: options.edition ?? 'ee',
    protectedTags: options.protectedTags ?? [], movedFrom: options.movedFrom, createdAt: new Date(),
    url, urlRoot, webUrl: `${url}/g/p`,
  };
}

/** Another project of the group tree (ids from 25), e.g. `g/sub/q`: same server, visibility and members as g/p. */
export function defineOtherProject(main: Project, fullPath: string, index: number): Project {
  const path = fullPath.slice(fullPath.lastIndexOf('/') + 1);
  const groupPath = fullPath.slice(0, fullPath.lastIndexOf('/'));
  return { ...main, id: main.id + 1 + index, name: path, path, fullPath, groupPath, webUrl: `${main.url}/${fullPath}`, protectedTags: [] };
}

/** Group g (id 10) and the subgroups the other projects live in, ids from 11 by first mention. */
export function groupsOf(projects: Project[]): { id: number; path: string }[] {
  const paths = [...new Set(projects.flatMap((p) => ancestors(p.fullPath)))];
  return paths.map((path, index) => ({ id: 10 + index, path }));
}

const ancestors = (fullPath: string) => fullPath.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
