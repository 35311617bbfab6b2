/**
 * A GitLab include file (the template, the components) as GitLab reads it: two YAML documents, the
 * `spec:` header and the jobs, and the jobs after input interpolation.
 */
import { parseAllDocuments } from 'yaml';

export type InputValues = Record<string, unknown>;
export interface SpecInput { type: string; default: unknown; description: string; options?: unknown[]; regex?: string }
export type Job = Record<string, any>;

export const INPUT_BLOCK = /\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g;

/**
 * GitLab's interpolation, in small: a string that is exactly one input block takes the input's
 * value with its type (so `rules: $[[ inputs.rules ]]` becomes an array); elsewhere blocks are
 * replaced by their text. Keys are interpolated too (job names).
 */
export function interpolate(node: unknown, inputs: InputValues): unknown {
  const value = (name: string) => {
    if (!(name in inputs)) throw new Error(`unknown input ${name}`);
    return inputs[name];
  };
  if (typeof node === 'string') {
    const whole = /^\$\[\[\s*inputs\.([\w-]+)\s*\]\]$/.exec(node);
    if (whole) return value(whole[1]!);
    return node.replace(INPUT_BLOCK, (_, name: string) => String(value(name)));
  }
  if (Array.isArray(node)) return node.map((item) => interpolate(item, inputs));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [String(interpolate(k, inputs)), interpolate(v, inputs)]));
  }
  return node;
}

/** An include file is two YAML documents: the `spec:` header, then the jobs. */
export function splitInclude(text: string): { spec: { inputs: Record<string, SpecInput> }; jobs: Record<string, Job> } {
  const docs = parseAllDocuments(text);
  if (docs.length !== 2) throw new Error(`an include has 2 YAML documents (spec, jobs), this has ${docs.length}`);
  for (const doc of docs) if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const header = docs[0]!.toJS() as Record<string, unknown>;
  if (Object.keys(header).join() !== 'spec') throw new Error(`the header has keys ${Object.keys(header).join(', ')}, not only spec`);
  return { spec: header.spec as { inputs: Record<string, SpecInput> }, jobs: docs[1]!.toJS() as Record<string, Job> };
}

/** The jobs as GitLab sees them once the include's inputs (defaults, then `inputs`) are interpolated. */
export function jobsWith(include: ReturnType<typeof splitInclude>, inputs: InputValues = {}): Record<string, Job> {
  const defaults = Object.fromEntries(Object.entries(include.spec.inputs).map(([name, input]) => [name, input.default]));
  return interpolate(include.jobs, { ...defaults, ...inputs }) as Record<string, Job>;
}
