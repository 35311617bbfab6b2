/**
 * notes-mode append/prepend, idempotently: our block sits between two HTML-comment markers named
 * after the tag, so a second run replaces its own block in place instead of adding another.
 */
export type MergeMode = 'append' | 'prepend';

const MARKER_PREFIX = '<!-- forge-release:';

/** A tag as it may appear inside an HTML comment: `-` and `>` could end the comment early. */
function markerTag(tag: string): string {
  return encodeURIComponent(tag).replace(/-/g, '%2D');
}

export function startMarker(tag: string): string {
  return `${MARKER_PREFIX}start ${markerTag(tag)} -->`;
}

export function endMarker(tag: string): string {
  return `${MARKER_PREFIX}end ${markerTag(tag)} -->`;
}

/** Text that imitates our markers (from a commit or a pasted description) must not be taken for one. */
function withoutMarkers(block: string): string {
  return block.split(MARKER_PREFIX).join('&lt;!-- forge-release:');
}

export function mergeNotes(mode: MergeMode, existing: string | null, block: string, tag: string): string {
  const wrapped = `${startMarker(tag)}\n${withoutMarkers(block)}\n${endMarker(tag)}`;
  if (!existing) return wrapped;
  const start = existing.indexOf(startMarker(tag));
  const end = start === -1 ? -1 : existing.indexOf(endMarker(tag), start);
  if (end !== -1) return existing.slice(0, start) + wrapped + existing.slice(end + endMarker(tag).length);
  return mode === 'append' ? `${existing.trimEnd()}\n\n${wrapped}` : `${wrapped}\n\n${existing.trimStart()}`;
}
