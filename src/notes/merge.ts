/**
 * Our notes always sit between two HTML-comment markers named after the tag (invisible on the
 * release page), in every notes-mode: a re-run replaces its own block in place, switching modes
 * never duplicates it, and text outside the markers is somebody else's. GitLab keeps no history of
 * descriptions, so a description we did not write is only replaced when the user says overwrite.
 */
import type { NotesMode } from '../inputs/inputs.js';

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

export function markedBlock(block: string, tag: string): string {
  return `${startMarker(tag)}\n${withoutMarkers(block)}\n${endMarker(tag)}`;
}

interface Span { start: number; end: number }

/** Where our block for this tag sits in a description, markers included. */
function findBlock(description: string, tag: string): Span | undefined {
  const start = description.indexOf(startMarker(tag));
  const end = start === -1 ? -1 : description.indexOf(endMarker(tag), start);
  return end === -1 ? undefined : { start, end: end + endMarker(tag).length };
}

/** The notes between our markers, or undefined when the description holds no block of ours. */
export function ourNotes(description: string | null, tag: string): string | undefined {
  const span = description ? findBlock(description, tag) : undefined;
  return span ? description!.slice(span.start + startMarker(tag).length + 1, span.end - endMarker(tag).length - 1) : undefined;
}

export interface MergedNotes {
  text: string;
  /** The description was written by someone else and notes-mode replace left it as it was. */
  keptForeign: boolean;
}

/**
 * The description after the run. `existing` null = no release (or no description) yet. A release
 * written before the markers existed holds exactly our block without them: that is ours, in place.
 */
export function mergeNotes(mode: Exclude<NotesMode, 'keep'>, existing: string | null, block: string, tag: string): MergedNotes {
  const wrapped = markedBlock(block, tag);
  const current = existing ?? '';
  const ours = (text: string): MergedNotes => ({ text, keptForeign: false });
  if (current.trim() === '' || mode === 'overwrite') return ours(wrapped);
  if (current === block) return ours(current);
  const span = findBlock(current, tag);
  if (span) return ours(current.slice(0, span.start) + wrapped + current.slice(span.end));
  if (mode === 'append') return ours(`${current.trimEnd()}\n\n${wrapped}`);
  if (mode === 'prepend') return ours(`${wrapped}\n\n${current.trimStart()}`);
  return { text: current, keptForeign: true };
}
