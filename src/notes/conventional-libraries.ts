/**
 * Every part of conventional-changelog a run uses, as one module: most of the JavaScript a
 * release loads. It is loaded on demand (load-conventional.ts), so it can load while git works.
 */
export { CommitParser } from 'conventional-commits-parser';
export { filterRevertedCommitsSync } from 'conventional-commits-filter';
export { default as createPreset, DEFAULT_COMMIT_TYPES } from 'conventional-changelog-conventionalcommits';
export { writeChangelog } from './changelog-writer.js';
