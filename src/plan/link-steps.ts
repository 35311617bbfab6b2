/**
 * Reconciles asset links through the Links API (PUT /releases ignores assets). Links match by
 * name; a link whose URL matches but whose name changed is renamed in place, because creating it
 * would fail with "Url has already been taken".
 */
import type { AssetLink, ExistingLink, LinkStep } from '../model.js';

export function planLinkSteps(desired: AssetLink[] | undefined, existing: ExistingLink[], prune: boolean): LinkStep[] {
  if (desired === undefined) return [];
  const unmatched = new Map(existing.map((link) => [link.id, link]));
  const writes: LinkStep[] = [];
  for (const link of desired) {
    const match = existing.find((e) => e.name === link.name && unmatched.has(e.id))
      ?? existing.find((e) => e.url === link.url && unmatched.has(e.id) && !desired.some((d) => d.name === e.name));
    if (!match) {
      writes.push({ kind: 'create', link });
      continue;
    }
    unmatched.delete(match.id);
    if (!sameLink(link, match)) writes.push({ kind: 'update', id: match.id, link, was: match });
  }
  const deletes: LinkStep[] = prune ? [...unmatched.values()].map((e) => ({ kind: 'delete', id: e.id, name: e.name })) : [];
  // Deletes first, then updates, then creates: each frees names, URLs and paths the next may reuse.
  const order = { delete: 0, update: 1, create: 2 } as const;
  return [...deletes, ...writes].sort((a, b) => order[a.kind] - order[b.kind]);
}

function sameLink(want: AssetLink, have: ExistingLink): boolean {
  return want.name === have.name && want.url === have.url && want.linkType === have.linkType
    && (want.directAssetPath ?? undefined) === (have.directAssetPath ?? undefined);
}
