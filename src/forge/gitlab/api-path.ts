/** `https://host/gitlab` + `g/p` → `/gitlab/api/v4/projects/g%2Fp`; no project yet → a placeholder. */
export function projectApiPath(gitlabUrl: string, project: string | undefined): string {
  const root = new URL(gitlabUrl).pathname.replace(/\/+$/, '');
  return `${root}/api/v4/projects/${project === undefined ? '<project>' : encodeURIComponent(project)}`;
}
