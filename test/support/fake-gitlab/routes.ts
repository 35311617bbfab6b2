/** The route table. `jobToken` marks the routes that accept a CI job token (§1.3). */
import { createRelease } from './create-release.js';
import { createLink, deleteLink, getLink, listLinks, updateLink } from './link-routes.js';
import { getProject, getTag, listGroupReleases, listMilestones, listTags } from './project-routes.js';
import { collectEvidence, deleteRelease, downloadAsset, getRelease, latestRelease, listReleases } from './release-routes.js';
import { downloadPackageFile, listPackageFiles, listPackages, uploadPackageFile } from './packages.js';
import type { Route } from './router.js';
import { updateRelease } from './update-release.js';

const PROJECT = '/api/v4/projects/:id';
const RELEASE = `${PROJECT}/releases/:tag_name`;
const LINKS = `${RELEASE}/assets/links`;
const GENERIC = `${PROJECT}/packages/generic`;

export function routesFor(edition: 'ee' | 'ce'): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: `${PROJECT}/releases`, jobToken: true, handler: listReleases },
    { method: 'POST', path: `${PROJECT}/releases`, jobToken: true, handler: createRelease },
    { method: 'GET', path: `${PROJECT}/releases/permalink/latest/*suffix_path?`, jobToken: true, handler: latestRelease },
    { method: 'GET', path: RELEASE, jobToken: true, handler: getRelease },
    { method: 'PUT', path: RELEASE, jobToken: true, handler: updateRelease },
    { method: 'DELETE', path: RELEASE, jobToken: true, handler: deleteRelease },
    { method: 'GET', path: `${RELEASE}/downloads/*direct_asset_path`, jobToken: true, handler: downloadAsset },
    { method: 'GET', path: LINKS, jobToken: true, handler: listLinks },
    { method: 'POST', path: LINKS, jobToken: true, handler: createLink },
    { method: 'GET', path: `${LINKS}/:link_id`, jobToken: true, handler: getLink },
    { method: 'PUT', path: `${LINKS}/:link_id`, jobToken: true, handler: updateLink },
    { method: 'DELETE', path: `${LINKS}/:link_id`, jobToken: true, handler: deleteLink },
    { method: 'GET', path: PROJECT, jobToken: false, handler: getProject },
    { method: 'GET', path: `${PROJECT}/milestones`, jobToken: false, handler: listMilestones },
    { method: 'GET', path: `${PROJECT}/repository/tags`, jobToken: true, handler: listTags },
    { method: 'GET', path: `${PROJECT}/repository/tags/:tag_name`, jobToken: false, handler: getTag },
    { method: 'GET', path: '/api/v4/groups/:id/releases', jobToken: false, handler: listGroupReleases },
    // Uploads take a job token in JOB-TOKEN or job_token only, never Basic (generic-packages.md §2.4).
    { method: 'PUT', path: `${GENERIC}/:package_name/:package_version/:file_name`, jobToken: true, handler: uploadPackageFile },
    { method: 'GET', path: `${GENERIC}/:package_name/:package_version/:file_name`, jobToken: true, handler: downloadPackageFile },
    { method: 'GET', path: `${PROJECT}/packages`, jobToken: true, handler: listPackages },
    { method: 'GET', path: `${PROJECT}/packages/:package_id/package_files`, jobToken: true, handler: listPackageFiles },
  ];
  // The evidence endpoint is EE code: on CE the route does not exist at all.
  if (edition === 'ee') routes.push({ method: 'POST', path: `${RELEASE}/evidence`, jobToken: true, handler: collectEvidence });
  return routes;
}
