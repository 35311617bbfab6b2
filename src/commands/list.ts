/** `forge-release list`: the project's (or a group's) releases, newest first. */
import { InputError, ReleaseError, type InputProblem } from '../errors.js';
import type { Command, CommandContext } from './command.js';
import { releaseRow, shortDate, stateOf, type ReleaseRow } from './release-view.js';
import { table } from './table.js';

const ORDERS = ['released_at', 'created_at'] as const;
const SORTS = ['desc', 'asc'] as const;

export const listCommand: Command = {
  name: 'list',
  usage: 'forge-release list [--group PATH_OR_ID] [--limit N] [--order-by released_at|created_at] [--sort desc|asc]',
  summary: 'list the project\'s releases, newest first (or a group\'s, subgroups included).',
  options: { group: { type: 'string' }, limit: { type: 'string' }, 'order-by': { type: 'string' }, sort: { type: 'string' } },
  optionHelp: [
    ['--group PATH_OR_ID', 'List the releases of this group and its subgroups instead (GitLab\'s short form: no links, no URL). Needs --token: GitLab ignores a job token there.'],
    ['--limit N', 'At most N releases, following the pages as needed (default: 20).'],
    ['--order-by FIELD', 'released_at or created_at (default: released_at; project list only).'],
    ['--sort DIRECTION', 'desc or asc (default: desc).'],
  ],
  examples: ['forge-release list --project group/app --limit 50', 'forge-release list --group my-group --json'],
  async run(ctx) {
    const { group, limit, orderBy, sort } = listOptions(ctx);
    if (group === undefined) ctx.project();
    const client = await ctx.client();
    const rows = group === undefined
      ? (await client.listReleases({ limit, orderBy, sort })).map(releaseRow)
      : (await client.listGroupReleases(group, { limit, sort }).catch((error: unknown) => { throw groupHint(error, group); })).map(releaseRow);
    return { data: rows, text: listText(rows, group) };
  },
};

function listOptions(ctx: CommandContext) {
  const values = ctx.args.values;
  const problems: InputProblem[] = [];
  const group = values.group as string | undefined;
  const limitText = (values.limit as string | undefined) ?? '20';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText.trim()) || limit < 1 || limit > 10_000) problems.push({ input: 'limit', message: `"${limitText}" is not a number from 1 to 10000`, hint: 'Give how many releases to list, e.g. --limit 50.' });
  const orderBy = oneOf(values['order-by'], ORDERS, 'order-by', problems);
  const sort = oneOf(values.sort, SORTS, 'sort', problems);
  if (group !== undefined) {
    if (group.trim() === '' || group.startsWith('/') || group.endsWith('/')) problems.push({ input: 'group', message: `"${group}" is not a group id or full path`, hint: 'Give the numeric id or the full path, e.g. my-group/sub.' });
    if (values['order-by'] !== undefined) problems.push({ input: 'order-by', message: 'is not offered for group releases', hint: 'GitLab orders a group\'s releases by released_at; use --sort for the direction.' });
    if (ctx.connection.auth.kind === 'job') {
      problems.push({ input: 'group', message: 'cannot be listed with a job token', hint: 'GitLab ignores a job token on GET /groups/:id/releases and answers as if nobody asked (an empty list or 404). Pass --token with read_api.' });
    }
  }
  if (problems.length) throw new InputError(problems);
  return { group, limit, orderBy: orderBy ?? 'released_at', sort: sort ?? 'desc' };
}

/** GitLab's `404 Group Not Found` gets a hint about groups, not the project one. */
function groupHint(error: unknown, group: string): unknown {
  if (!(error instanceof ReleaseError) || error.gitlab?.status !== 404) return error;
  return new ReleaseError(error.code, error.message, {
    hint: `Check --group ${group} (numeric id or full path such as parent/child) and that the token's user is a member: a private group answers 404 to anyone else.`,
    gitlab: error.gitlab, cause: error,
  });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], input: string, problems: InputProblem[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  problems.push({ input, message: `"${String(value)}" is not one of ${allowed.join(', ')}`, hint: `Use one of: ${allowed.join(', ')}.` });
  return undefined;
}

function listText(rows: ReleaseRow[], group: string | undefined): string {
  if (rows.length === 0) return group === undefined ? 'No releases.' : `No releases in group ${group}.`;
  const header = ['TAG', 'NAME', 'RELEASED', 'STATE', ...(group === undefined ? ['ASSETS', 'URL'] : [])];
  return table(header, rows.map((r) => [r.tag, r.name, shortDate(r.releasedAt), stateOf(r) || '-', ...(group === undefined ? [String(r.assetCount ?? '-'), r.url ?? ''] : [])]));
}
