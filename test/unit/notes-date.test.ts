import { describe, expect, it } from 'vitest';
import type { Inputs } from '../../src/inputs/inputs.js';
import type { ExistingRelease } from '../../src/model.js';
import { notesDate } from '../../src/resolve/release-notes.js';
import type { ResolvedRelease } from '../../src/resolve/resolve-release.js';

const release = (tagDate?: number): ResolvedRelease => ({ tag: 'v1.0.0', version: '1.0.0', commitSha: 'c', tagExistsLocally: tagDate !== undefined, ...(tagDate !== undefined ? { tagDate } : {}) });
const inputs = (releasedAt?: string) => ({ ...(releasedAt ? { releasedAt } : {}) }) as Inputs;
const existing = { releasedAt: '2025-03-04T23:30:00.000Z' } as ExistingRelease;
const TAG_DAY = Date.UTC(2024, 6, 1, 12) / 1000;
const today = () => new Date().toISOString().slice(0, 10);

describe('the date in the notes heading', () => {
  it('is the release’s released_at on GitLab first, whatever else is given', () => {
    expect(notesDate(inputs('2026-01-01T00:00:00Z'), release(TAG_DAY), existing, true)).toBe('2025-03-04');
  });

  it('else --released-at, as a UTC day', () => {
    expect(notesDate(inputs('2026-01-31T23:00:00-05:00'), release(TAG_DAY), undefined, true)).toBe('2026-02-01');
  });

  it('else, offline, the tag’s date; today only for a tag that does not exist yet', () => {
    expect(notesDate(inputs(), release(TAG_DAY), undefined, false)).toBe('2024-07-01');
    expect(notesDate(inputs(), release(), undefined, false)).toBe(today());
  });

  it('else, when GitLab creates the release now, the day it records as released_at', () => {
    expect(notesDate(inputs(), release(TAG_DAY), undefined, true)).toBe(today());
  });
});
