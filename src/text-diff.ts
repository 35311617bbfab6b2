/**
 * A unified-style line diff (`@@ -1,4 +1,9 @@`, then ` `, `-` and `+` lines with 3 lines of context)
 * for the plan: a reviewer sees what a description loses and gains, not only its size. The line
 * matching is Node's util.diff (Node ≥ 22.15); without it the old text shows removed, the new added.
 */
import * as util from 'node:util';

const CONTEXT = 3;
/** A dry run is read in a CI log: a rewrite of a huge description is cut here. */
const MAX_LINES = 200;

interface DiffLine { sign: ' ' | '-' | '+'; text: string; oldNo: number; newNo: number }

export function unifiedDiff(before: string, after: string): string[] {
  const lines = numbered(matchLines(splitLines(before), splitLines(after)));
  const changed = lines.flatMap((line, i) => (line.sign === ' ' ? [] : [i]));
  const out = hunks(changed, lines.length).flatMap(([from, to]) => hunkLines(lines.slice(from, to)));
  return out.length <= MAX_LINES ? out : [...out.slice(0, MAX_LINES), `… ${out.length - MAX_LINES} more diff lines`];
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function matchLines(before: string[], after: string[]): Pick<DiffLine, 'sign' | 'text'>[] {
  const diff = (util as { diff?: (a: string[], b: string[]) => [number, string][] }).diff;
  if (typeof diff !== 'function') {
    return [...before.map((text) => ({ sign: '-' as const, text })), ...after.map((text) => ({ sign: '+' as const, text }))];
  }
  // util.diff(actual, expected): 1 = only in actual (the old text), -1 = only in expected (the new).
  return diff(before, after).map(([op, text]) => ({ sign: op === 1 ? '-' : op === -1 ? '+' : ' ', text }));
}

function numbered(lines: Pick<DiffLine, 'sign' | 'text'>[]): DiffLine[] {
  let oldNo = 0;
  let newNo = 0;
  return lines.map((line) => {
    if (line.sign !== '+') oldNo += 1;
    if (line.sign !== '-') newNo += 1;
    return { ...line, oldNo, newNo };
  });
}

/** Ranges [from, to) around the changed lines, merged when their context touches. */
function hunks(changed: number[], length: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const i of changed) {
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(length, i + CONTEXT + 1);
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else ranges.push([from, to]);
  }
  return ranges;
}

function hunkLines(lines: DiffLine[]): string[] {
  const side = (sign: '-' | '+', no: (l: DiffLine) => number) => {
    const own = lines.filter((l) => l.sign === ' ' || l.sign === sign);
    // An empty side counts from the line before it, as in diff -u (a line of the other side carries that number).
    const start = no(own[0] ?? lines[0]!);
    return `${start},${own.length}`;
  };
  const header = `@@ -${side('-', (l) => l.oldNo)} +${side('+', (l) => l.newNo)} @@`;
  return [header, ...lines.map((l) => (l.text === '' ? l.sign.trimEnd() : `${l.sign} ${l.text}`))];
}
