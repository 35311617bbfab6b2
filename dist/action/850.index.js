export const id = 850;
export const ids = [850];
export const modules = {

/***/ 5850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitParser: () => (/* reexport */ dist/* CommitParser */.Jf),
  DEFAULT_COMMIT_TYPES: () => (/* reexport */ src/* DEFAULT_COMMIT_TYPES */.EH),
  createPreset: () => (/* reexport */ src/* default */.Ay),
  filterRevertedCommitsSync: () => (/* reexport */ conventional_commits_filter_dist/* filterRevertedCommitsSync */.FY),
  writeChangelog: () => (/* reexport */ writeChangelog)
});

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
// EXTERNAL MODULE: ./node_modules/conventional-commits-filter/dist/index.js + 3 modules
var conventional_commits_filter_dist = __webpack_require__(2520);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 9 modules
var src = __webpack_require__(523);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-writer/dist/index.js + 8 modules
var conventional_changelog_writer_dist = __webpack_require__(6711);
;// CONCATENATED MODULE: ./build/default/notes/changelog-writer.js
/**
 * conventional-changelog's writer over a range we already read, with the conventionalcommits
 * preset's templates. The writer, not the conventional-changelog generator around it: the
 * generator's own work (reading package.json and the git remote, looking up tags, reading
 * commits) is done before we get here, and it costs ~100 kB more JavaScript than the writer.
 * With our context it added nothing to the writer's input: no tags to look up (the previous and
 * current tags are given), no host (links come from the preset's format functions), and a
 * release heading whose date comes from the context, never from a commit.
 */


/** The changelog of `commits` as markdown, trimmed. */
async function writeChangelog({ commits, preset, context, writer }) {
    // The preset's types say `{}`; its writer options are the writer's own.
    const options = { ...(0,src/* default */.Ay)(preset).writer, ...writer };
    const markdown = await (0,conventional_changelog_writer_dist/* writeChangelogString */.Xc)(commits, withoutDebugDump(context), options);
    return markdown.trim();
}
/**
 * The writer renders a debug dump of its whole template context on every run, even without a
 * debug logger (`options.debug(\`…${stringify(templateContext)}\`)`), through a circular-safe
 * JSON.stringify that is quadratic in the context's size: ~0.9 s and ~35 MB of peak RSS on a
 * 10,000-commit range, half the run. JSON.stringify asks `toJSON` first, and the writer copies the
 * context's own keys into the one it dumps, so the dump becomes one word. No template reads it.
 */
function withoutDebugDump(context) {
    return { ...context, toJSON: () => '(not dumped)' };
}

;// CONCATENATED MODULE: ./build/default/notes/conventional-libraries.js
/**
 * Every part of conventional-changelog a run uses, as one module: most of the JavaScript a
 * release loads. It is loaded on demand (load-conventional.ts), so it can load while git works.
 */






/***/ })

};
