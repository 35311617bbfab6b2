/**
 * Milestones usable on a release (§4.4): the project's own, plus those of the direct parent group
 * only on EE (`group_milestone_project_releases`); exact titles, all states. And their entities.
 */
import type { Project } from './project.js';
import type { FakeState, Milestone } from './state.js';

export function releaseMilestones(state: FakeState, project: Project): Milestone[] {
  return state.milestones().filter((m) => !m.group || project.edition === 'ee');
}

/** The service's check: requested titles (or ids) that are not found, in request order. */
export function missingMilestones(state: FakeState, project: Project, wanted: { titles?: string[]; ids?: number[] }) {
  const usable = releaseMilestones(state, project);
  return {
    titles: (wanted.titles ?? []).filter((title) => !usable.some((m) => m.title === title)),
    ids: (wanted.ids ?? []).filter((id) => !usable.some((m) => m.id === id)),
  };
}

export function milestonesFor(state: FakeState, project: Project, wanted: { titles?: string[]; ids?: number[] }): Milestone[] {
  return releaseMilestones(state, project).filter((m) => wanted.titles?.includes(m.title) || wanted.ids?.includes(m.id));
}

/** `order_by_dates_and_title`: the fake's milestones have no dates, so by title. */
export const byDatesAndTitle = (milestones: Milestone[]) =>
  [...milestones].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id - b.id));

/** `API::Entities::Milestone`; `withStats` adds MilestoneWithStats' `issue_stats`. */
export function milestoneEntity(milestone: Milestone, project: Project, withStats: boolean) {
  const owner = milestone.group ? { group_id: project.groupId } : { project_id: project.id };
  const webUrl = milestone.group
    ? `${project.url}/groups/${project.groupPath}/-/milestones/${milestone.iid}`
    : `${project.webUrl}/-/milestones/${milestone.iid}`;
  const created = milestone.created_at.toISOString();
  return {
    id: milestone.id, iid: milestone.iid, ...owner, title: milestone.title, description: '', state: 'active',
    created_at: created, updated_at: created, due_date: null, start_date: null, expired: false, web_url: webUrl,
    ...(withStats ? { issue_stats: { total: 0, closed: 0 } } : {}),
  };
}
