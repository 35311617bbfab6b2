/**
 * GitLab refuses a description over 1,000,000 characters (after it may already have created the
 * tag). Notes are cut to fit by whole sections from the end, then by whole list items, and a
 * closing line says what was left out: never a half line, never a silent cut.
 */
export const GITLAB_DESCRIPTION_LIMIT = 1_000_000;

export interface Limited {
  text: string;
  /** Sections (### headings) and list items left out; 0 when the text fitted. */
  omittedSections: number;
  omittedItems: number;
}

const notice = (sections: number, items: number) =>
  `\n\n_…${describe(sections, items)} left out: the notes exceeded GitLab's 1,000,000-character limit._`;

function describe(sections: number, items: number): string {
  const parts = [];
  if (sections) parts.push(`${sections} section${sections === 1 ? '' : 's'}`);
  if (items) parts.push(`${items} entr${items === 1 ? 'y' : 'ies'}`);
  return parts.join(' and ') || 'some text';
}

export function limitDescription(text: string, max = GITLAB_DESCRIPTION_LIMIT): Limited {
  if (text.length <= max) return { text, omittedSections: 0, omittedItems: 0 };
  const room = max - notice(9999, 9999999).length;
  // The first chunk is the heading before any ### section; keep it and at least one section.
  const sections = text.split(/(?=\n### )/);
  let sectionsLeft = sections.length;
  while (sectionsLeft > 2 && sections.slice(0, sectionsLeft).join('').length > room) sectionsLeft -= 1;
  const kept = sections.slice(0, sectionsLeft).join('');
  const omittedSections = sections.length - sectionsLeft;
  if (kept.length <= room) return { text: kept.trimEnd() + notice(omittedSections, 0), omittedSections, omittedItems: 0 };
  // One section alone is too long: keep its first lines that fit.
  const lines = kept.split('\n');
  let size = 0;
  let count = 0;
  while (count < lines.length && size + lines[count]!.length + 1 <= room) size += lines[count++]!.length + 1;
  const omittedItems = lines.slice(count).filter((line) => line.startsWith('* ')).length || lines.length - count;
  return { text: lines.slice(0, count).join('\n').trimEnd() + notice(omittedSections, omittedItems), omittedSections, omittedItems };
}
