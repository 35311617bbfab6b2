/**
 * The oldest Node.js the CLI runs on, checked before anything else is loaded: on an older Node a
 * dependency fails somewhere deep with a message that names neither Node nor the fix. 22.12.0 is
 * the oldest release the team tests (package.json engines says the same; the action runs on 24).
 */
export const NODE_FLOOR = '22.12.0';

/** Why this Node is too old, or undefined when it is recent enough. */
export function runtimeProblem(version: string, execPath: string): string | undefined {
  if (compareVersions(version, NODE_FLOOR) >= 0) return undefined;
  return `forge-release needs Node.js ${NODE_FLOOR} or later; this is Node.js ${version} (${execPath}).\n`
    + `hint: Install Node.js 22.12 or later (24 recommended), or run it through npx with a newer node first on PATH.`;
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/, '').split(/[.-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
