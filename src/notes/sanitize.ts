/**
 * Commit text is untrusted: a subject such as `</details>` or our own idempotency marker must not
 * change the structure GitLab renders. HTML outside code spans is neutralised (`<` → `&lt;`,
 * which Markdown renders as `<`); code spans keep their text, where HTML is inert anyway.
 */
const HTML_LIKE = /<(?=[!/?a-zA-Z])/g;

export function neutraliseHtml(text: string): string {
  // Odd-indexed parts of a split on backtick runs are code spans (a good-enough approximation).
  return text.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_LIKE, '&lt;'))).join('');
}

/** A parsed commit with every field the notes template prints made safe. */
export function sanitiseCommit<T extends { subject?: string | null; header?: string | null; scope?: string | null; notes: { title: string; text: string }[] }>(commit: T): T {
  const safe = (value: string | null | undefined) => (typeof value === 'string' ? neutraliseHtml(value) : value);
  return {
    ...commit,
    subject: safe(commit.subject),
    header: safe(commit.header),
    scope: safe(commit.scope),
    notes: commit.notes.map((note) => ({ ...note, text: neutraliseHtml(note.text) })),
  };
}
