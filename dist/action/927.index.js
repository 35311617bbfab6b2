export const id = 927;
export const ids = [927];
export const modules = {

/***/ 445:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 445;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 8910:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 8910;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 5850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitParser: () => (/* reexport */ dist.CommitParser),
  DEFAULT_COMMIT_TYPES: () => (/* reexport */ src/* DEFAULT_COMMIT_TYPES */.EH),
  createPreset: () => (/* reexport */ src/* default */.Ay),
  filterRevertedCommitsSync: () => (/* reexport */ conventional_commits_filter_dist.filterRevertedCommitsSync),
  writeChangelog: () => (/* reexport */ writeChangelog)
});

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
// EXTERNAL MODULE: ./node_modules/conventional-commits-filter/dist/index.js + 3 modules
var conventional_commits_filter_dist = __webpack_require__(2520);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 9 modules
var src = __webpack_require__(523);
// EXTERNAL MODULE: ./node_modules/@conventional-changelog/git-client/dist/index.js + 5 modules
var git_client_dist = __webpack_require__(6790);
// EXTERNAL MODULE: ./node_modules/conventional-changelog/dist/index.js + 25 modules
var conventional_changelog_dist = __webpack_require__(643);
;// CONCATENATED MODULE: ./build/default/notes/changelog-writer.js
/**
 * conventional-changelog's generator over a range we already read. It is most of the JavaScript
 * a release loads, so it sits in a module of its own that generate-notes.ts loads lazily, while
 * git works. Two things it would do by itself are replaced: its tag lookup (a `git log --decorate`
 * over the whole history) by the release tags we already resolved, and its commit read by ours.
 */



/** Hands conventional-changelog our commits and no tags: it then never scans the history. */
class KnownRangeGitClient extends git_client_dist/* ConventionalGitClient */.Od {
    known;
    constructor(cwd, known) {
        super(cwd);
        this.known = known;
    }
    async *getSemverTags() {
        // The previous and current tags are given in the context; nothing to look up.
    }
    async verify(rev) {
        // The range was resolved before: no `git rev-parse` of its own.
        return rev;
    }
    async *getCommits() {
        yield* this.known;
    }
}
/** The changelog of `commits` as markdown, trimmed. */
async function writeChangelog({ cwd, commits, preset, context, range, writer }) {
    const generator = new conventional_changelog_dist/* ConventionalChangelog */.P0(new KnownRangeGitClient(cwd, commits))
        .config((0,src/* default */.Ay)(preset))
        .context(context)
        .commits(range)
        .writer(writer);
    let markdown = '';
    for await (const chunk of generator.write())
        markdown += chunk;
    return markdown.trim();
}

;// CONCATENATED MODULE: ./build/default/notes/conventional-libraries.js
/**
 * Every part of conventional-changelog a run uses, as one module: most of the JavaScript a
 * release loads. It is loaded on demand (load-conventional.ts), so it can load while git works.
 */






/***/ })

};
