export const id = 334;
export const ids = [334];
export const modules = {

/***/ 5779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ bold),
/* harmony export */   EX: () => (/* binding */ small),
/* harmony export */   JF: () => (/* binding */ segments),
/* harmony export */   NN: () => (/* binding */ newline),
/* harmony export */   OZ: () => (/* binding */ url),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   __: () => (/* binding */ each),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* unused harmony export italic */
/**
 * Converts a renderable value to a string.
 * @param value - Value to render.
 * @returns String value, or an empty string for empty values.
 */
function toString(value) {
    return typeof value === 'number' || value ? String(value) : '';
}
/**
 * Renders an array into newline-separated non-empty strings.
 * @param array - Items to render.
 * @param callback - Item renderer.
 * @param separator - Separator inserted between rendered items.
 * @returns Rendered string.
 */
function each(array, callback, separator = newline()) {
    return array
        ? array.reduce((acc, item) => {
            const rendered = toString(callback(item)).trim();
            return `${acc}${acc && rendered ? separator : ''}${rendered}`;
        }, '')
        : '';
}
/**
 * Renders a Markdown heading.
 * @param level - Markdown heading level.
 * @param text - Heading text.
 * @returns Markdown heading.
 */
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}`;
}
/**
 * Renders a Markdown link.
 * @param text - Link text.
 * @param url - Link URL.
 * @returns Markdown link.
 */
function link(text, url) {
    return `[${text}](${url})`;
}
/**
 * Renders an array into a Markdown unordered list.
 * @param array - Items to render.
 * @param callback - Item renderer.
 * @returns Markdown unordered list.
 */
function list(array, callback) {
    return each(array, (item) => {
        const rendered = toString(callback(item)).trim();
        const itemText = rendered
            .split(/\r?\n/)
            .map((line, index) => (index > 0 && line
            ? `  ${line}`
            : line))
            .join('\n');
        return rendered ? `* ${itemText}` : '';
    });
}
/**
 * Renders bold Markdown text.
 * @param text - Text to render.
 * @returns Bold Markdown text.
 */
function bold(text) {
    return `**${text}**`;
}
/**
 * Renders italic Markdown text.
 * @param text - Text to render.
 * @returns Italic Markdown text.
 */
function italic(text) {
    return `_${text}_`;
}
/**
 * Renders text inside an HTML small element.
 * @param text - Text to render.
 * @returns HTML small element.
 */
function small(text) {
    return `<small>${text}</small>`;
}
/**
 * Creates one or more newline characters.
 * @param times - Number of newline characters to render.
 * @returns Newline characters.
 */
function newline(times = 1) {
    return '\n'.repeat(times);
}
/**
 * Renders values without separators.
 * @param values - Values to render.
 * @returns Concatenated non-empty values.
 */
function strings(...values) {
    return each(values, value => value, '');
}
/**
 * Renders values as Markdown blocks separated by blank lines.
 * @param values - Values to render.
 * @returns Rendered non-empty block segments.
 */
function segments(...values) {
    return each(values, value => value, newline(2));
}
/**
 * Renders values as space-separated words.
 * @param values - Values to render.
 * @returns Rendered non-empty words.
 */
function words(...values) {
    return each(values, value => value, ' ');
}
/**
 * Joins URL path segments and trims extra slashes around each segment.
 * @param parts - URL path segments.
 * @returns Joined URL.
 */
function url(...parts) {
    return parts.reduce((acc, part) => {
        if (typeof part !== 'number' && !part) {
            return acc;
        }
        const segment = String(part).replace(/^\/+|\/+$/g, '');
        return acc
            ? `${acc}/${segment}`
            : segment;
    }, '');
}


/***/ }),

/***/ 9223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   HX: () => (/* binding */ commitPartial),
/* harmony export */   Nr: () => (/* binding */ BREAKING_CHANGES_TITLE),
/* harmony export */   Pq: () => (/* binding */ footerPartial),
/* harmony export */   XH: () => (/* binding */ compareUrl),
/* harmony export */   ir: () => (/* binding */ reference),
/* harmony export */   l8: () => (/* binding */ noteTitle),
/* harmony export */   mK: () => (/* binding */ isBreakingNote),
/* harmony export */   nA: () => (/* binding */ referenceRepositoryUrl),
/* harmony export */   pA: () => (/* binding */ headerPartial),
/* harmony export */   vs: () => (/* binding */ template),
/* harmony export */   we: () => (/* binding */ BREAKING_CHANGE_KEYWORDS),
/* harmony export */   ws: () => (/* binding */ preamblePartial)
/* harmony export */ });
/* harmony import */ var _elements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5779);

/**
 * Builds a repository URL from template context fields.
 * @param context - Template context.
 * @returns Repository URL.
 */
function repositoryUrl(context) {
    if (context.repository) {
        return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(context.host, context.owner, context.repository);
    }
    return context.repoUrl || '';
}
/**
 * Builds a repository URL for a commit reference.
 * @param context - Template context.
 * @param reference - Commit reference.
 * @returns Reference repository URL.
 */
function referenceRepositoryUrl(context, reference) {
    if (!context.repository) {
        return context.repoUrl || '';
    }
    if (reference.repository) {
        return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(context.host, reference.owner, reference.repository);
    }
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(context.host, context.owner, context.repository);
}
/**
 * Builds a release comparison URL and encodes tag names as URL path segments.
 * @param context - Template context.
 * @returns Release comparison URL.
 */
function compareUrl(context) {
    const previousTag = encodeURIComponent(context.previousTag || '');
    const currentTag = encodeURIComponent(context.currentTag || '');
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(repositoryUrl(context), context.compare || 'compare', `${previousTag}...${currentTag}`);
}
const BREAKING_CHANGE_KEYWORDS = ['BREAKING CHANGE', 'BREAKING-CHANGE'];
const BREAKING_CHANGES_TITLE = 'BREAKING CHANGES';
/**
 * Renders a note group title.
 * Breaking change keywords are merged into a single title,
 * every other keyword is uppercased to group its spellings together.
 * @param title - Note title as it was written in a commit.
 * @returns Note group title.
 */
function noteTitle(title) {
    const upperCaseTitle = title.toUpperCase();
    return BREAKING_CHANGE_KEYWORDS.includes(upperCaseTitle)
        ? BREAKING_CHANGES_TITLE
        : upperCaseTitle;
}
/**
 * Checks if a note is a breaking change note.
 * @param note - Commit note.
 * @returns Is it a breaking change note.
 */
function isBreakingNote(note) {
    return noteTitle(note.title) === BREAKING_CHANGES_TITLE;
}
/**
 * Renders a commit reference label.
 * @param reference - Commit reference.
 * @returns Commit reference label.
 */
function reference(reference) {
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .strings */ .P$)(reference.owner && `${reference.owner}/`, reference.repository, reference.issue && `${reference.prefix || '#'}${reference.issue}`);
}
/**
 * Renders the default changelog header.
 * @param context - Template context.
 * @returns Changelog header.
 */
function headerPartial({ isPatch, title, version, date }) {
    const versionText = (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(version, title && `"${title}"`, date && `(${date})`);
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(2, isPatch ? (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .small */ .EX)(versionText) : versionText);
}
/**
 * Renders the default changelog preamble.
 * @param context - Template context.
 * @returns Changelog preamble.
 */
function preamblePartial({ preamble }) {
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .strings */ .P$)(preamble);
}
/**
 * Renders the default changelog footer.
 * @param context - Template context.
 * @returns Changelog footer.
 */
function footerPartial({ noteGroups }) {
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .each */ .__)(noteGroups, group => (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .segments */ .JF)((0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .heading */ .R_)(3, group.title), (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(group.notes, note => note.text)), (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .newline */ .NN)(2));
}
/**
 * Renders the default changelog commit line.
 * @param context - Template context.
 * @param commit - Transformed commit.
 * @returns Changelog commit line.
 */
function commitPartial(context, commit) {
    const { linkReferences, issue, commit: commitUrlPath } = context;
    const { hash, references, header } = commit;
    const commitLink = hash
        ? linkReferences
            ? `(${(0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(hash, (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(repositoryUrl(context), commitUrlPath, hash))})`
            : hash
        : '';
    const renderedReferences = (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .each */ .__)(references, (linkReference) => {
        if (linkReferences) {
            return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(reference(linkReference), (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)(referenceRepositoryUrl(context, linkReference), issue, linkReference.issue));
        }
        return reference(linkReference);
    }, ' ');
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .strings */ .P$)((0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(header, commitLink), renderedReferences && `, closes ${renderedReferences}`);
}
/**
 * Renders the default changelog template.
 * @param context - Template context.
 * @returns Changelog text.
 */
function template(context) {
    const { headerPartial, preamblePartial, commitPartial, footerPartial, commitGroups } = context;
    return (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .segments */ .JF)(headerPartial(context), preamblePartial(context), (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .each */ .__)(commitGroups, group => (0,_elements_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(group.commits, commit => commitPartial(context, commit))), footerPartial(context));
}


/***/ }),

/***/ 523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EH: () => (/* reexport */ DEFAULT_COMMIT_TYPES),
  Ay: () => (/* binding */ createPreset)
});

// UNUSED EXPORTS: formatCommitUrl, formatCompareUrl, formatIssueUrl, formatNoteIcon, formatNoteTitle, formatUserUrl

// NAMESPACE OBJECT: ./node_modules/conventional-changelog-conventionalcommits/src/format.js
var format_namespaceObject = {};
__webpack_require__.r(format_namespaceObject);
__webpack_require__.d(format_namespaceObject, {
  formatCommitUrl: () => (formatCommitUrl),
  formatCompareUrl: () => (formatCompareUrl),
  formatIssueUrl: () => (formatIssueUrl),
  formatNoteIcon: () => (formatNoteIcon),
  formatNoteTitle: () => (formatNoteTitle),
  formatUserUrl: () => (formatUserUrl)
});

// EXTERNAL MODULE: ./node_modules/@conventional-changelog/template/dist/templates.js
var templates = __webpack_require__(9223);
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/constants.js
const BREAKING_HEADER_PATTERN = /^(\w*)(?:\((.*)\))?!: (.*)$/

const DEFAULT_COMMIT_TYPES = Object.freeze([
  {
    type: 'feat',
    section: 'Features',
    effect: 'bump'
  },
  {
    type: 'feature',
    section: 'Features',
    effect: 'bump'
  },
  {
    type: 'fix',
    section: 'Bug Fixes',
    effect: 'bump'
  },
  {
    type: 'perf',
    section: 'Performance Improvements',
    effect: 'bump'
  },
  {
    type: 'revert',
    section: 'Reverts',
    effect: 'bump'
  },
  {
    type: 'docs',
    section: 'Documentation',
    effect: 'hidden'
  },
  {
    type: 'style',
    section: 'Styles',
    effect: 'hidden'
  },
  {
    type: 'chore',
    section: 'Miscellaneous Chores',
    effect: 'hidden'
  },
  {
    type: 'refactor',
    section: 'Code Refactoring',
    effect: 'hidden'
  },
  {
    type: 'test',
    section: 'Tests',
    effect: 'hidden'
  },
  {
    type: 'build',
    section: 'Build System',
    effect: 'hidden'
  },
  {
    type: 'ci',
    section: 'Continuous Integration',
    effect: 'hidden'
  }
].map(Object.freeze))

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/parser.js



function createParserOpts(config) {
  return {
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: BREAKING_HEADER_PATTERN,
    headerCorrespondence: [
      'type',
      'scope',
      'subject'
    ],
    noteKeywords: templates/* BREAKING_CHANGE_KEYWORDS */.we,
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ['header', 'hash'],
    issuePrefixes: config?.issuePrefixes || ['#']
  }
}

// EXTERNAL MODULE: ./node_modules/@conventional-changelog/template/dist/elements.js
var dist_elements = __webpack_require__(5779);
;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/references.js

/**
 * Markdown segments to keep as is: replacing references inside them
 * would break already formatted links, code samples and urls.
 */
const protectedSegments = [
    /\[(?:[^[\]]|\[[^[\]]*])*]\((?:[^()\n]|\([^()\n]*\))*\)/, // [text](url)
    /\[[^\]]*]\[[^\]]*]/, // [text][ref]
    // the lookahead makes the delimiter length atomic, without it a long run
    // of backticks makes the regex engine retry every possible delimiter length
    /^[ \t]*(?=(?<fence>`{3,}|~{3,}))\k<fence>[\s\S]*?^[ \t]*\k<fence>[ \t]*\r?$/, // ```code block```
    /(?=(?<code>`+))\k<code>[^\n]*?\k<code>/, // `code span`
    /https?:\/\/(?:[^\s()]|\([^\s()]*\))+/ // https://url
];
const userMention = /\B@(?<user>[a-z0-9](?:-?[a-z0-9/]){0,38})/;
const defaultIssuePattern = /[a-z0-9]+/;
/**
 * Escapes a string to use it as a part of a regex.
 * @param string
 * @returns Escaped string.
 */
function escapeRegExp(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Builds a regex which matches issue and user references
 * outside of the protected Markdown segments.
 * @param issuePrefixes
 * @param issuePattern
 * @returns Regex with `prefix`, `issue` and `user` groups.
 */
function referencesRegex(issuePrefixes = [], issuePattern = defaultIssuePattern) {
    const prefixes = issuePrefixes
        .map(prefix => (typeof prefix === 'string' ? escapeRegExp(prefix) : prefix.source))
        .join('|');
    const patterns = [
        ...protectedSegments.map(segment => segment.source),
        // without prefixes every word would be matched as an issue reference
        prefixes && `(?<prefix>${prefixes})(?<issue>${issuePattern.source})`,
        userMention.source
    ];
    return new RegExp(patterns.filter(Boolean).join('|'), 'gm');
}
/**
 * Creates a text formatter for the given options.
 *
 * Regexes from the options are inlined into a single multiline regex,
 * so their flags are ignored, `^` and `$` match line boundaries,
 * and they should not contain capturing groups, backreferences or named groups.
 * @param options - Formatter options.
 * @returns Formatter which replaces issue and user references in a text with links.
 */
function createReferencesFormatter(options) {
    const regex = referencesRegex(options.issuePrefixes, options.issuePattern);
    return (text, context, references) => text.replace(regex, (match, ...args) => {
        const { prefix, issue, user } = args.at(-1);
        if (issue) {
            const issueUrl = options.formatIssueUrl(context, {
                prefix: prefix,
                issue
            });
            if (!issueUrl) {
                return match;
            }
            references?.push(match);
            return (0,dist_elements/* link */.nf)(match, issueUrl);
        }
        if (user) {
            // TODO: investigate why this code exists.
            if (user.includes('/')) {
                return match;
            }
            const userUrl = options.formatUserUrl(context, user);
            if (!userUrl) {
                return match;
            }
            return (0,dist_elements/* link */.nf)(match, userUrl);
        }
        return match;
    });
}

;// CONCATENATED MODULE: ./node_modules/@conventional-changelog/template/dist/legacy.js
/**
 * Creates writer options which make legacy handlebars-based writers
 * (`conventional-changelog-writer@8` and older) fail loudly instead of
 * silently rendering an empty changelog when a mixed-versions install
 * resolves a modern preset against them.
 * Legacy writers compile the `mainTemplate` option with handlebars,
 * where rendering the planted template triggers the `helperMissing` hook,
 * which throws an error with the message from the template.
 * Modern writers have no `mainTemplate` option and ignore the value,
 * and a string survives the option merges of downstream tooling,
 * so the guard reaches legacy writers even through cloned options.
 * The message must not contain `]` characters to stay a valid
 * handlebars segment literal.
 * @param preset - Preset package name to mention in the error message.
 * @returns Writer options to spread into preset writer options.
 */
function createLegacyWriterGuard(preset) {
    return {
        mainTemplate: `{{[${preset} requires conventional-changelog-writer@9 or newer (conventional-changelog@8 or newer). Your changelog tooling loaded an older writer which cannot render this preset. Update the tooling or use an older major version of the preset.] true}}`
    };
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/utils.js



/**
 * Get commit notes with the breaking change declared by `!` in the header.
 * The parser adds that note only if the commit has no notes at all,
 * so a footer of any other keyword hides the breaking change.
 * @param commit
 * @returns Commit notes.
 */
function getNotes(commit) {
  if (commit.notes.some(templates/* isBreakingNote */.mK) || !BREAKING_HEADER_PATTERN.test(commit.header || '')) {
    return commit.notes
  }

  return [
    {
      title: templates/* BREAKING_CHANGE_KEYWORDS */.we[0],
      text: commit.subject || ''
    },
    ...commit.notes
  ]
}

function hasIntersection(a, b) {
  if (!a || !b) {
    return false
  }

  let listA = a
  let listB = b

  if (!Array.isArray(listA)) {
    listA = [listA]
  }

  if (!Array.isArray(listB)) {
    listB = [listB]
  }

  return listA.some(item => listB.includes(item))
}

function matchScope(config = {}, commit) {
  const {
    scope: targetScope,
    scopeOnly = false
  } = config
  const includesScope = hasIntersection(
    commit.scope?.split(','),
    targetScope
  )

  return !targetScope
    || (scopeOnly && includesScope)
    || (!scopeOnly && (!commit.scope || includesScope))
}

function findTypeEntry(types, commit) {
  const typeKey = (commit.revert ? 'revert' : commit.type || '').toLowerCase()

  return types.find((entry) => {
    if (entry.type !== typeKey) {
      return false
    }

    if (entry.scope && entry.scope !== commit.scope) {
      return false
    }

    return true
  })
}

function isTypeEffect(type, effect) {
  return (type.effect || 'bump') === effect
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/templates.js


function headerPartial(context) {
  const {
    linkCompare,
    version,
    title,
    date
  } = context
  const versionText = linkCompare
    ? (0,dist_elements/* link */.nf)(version, this.formatCompareUrl(context))
    : version

  return (0,dist_elements/* heading */.R_)(
    2,
    (0,dist_elements/* words */.aL)(
      versionText,
      title && `"${title}"`,
      date && `(${date})`
    )
  )
}

function preamblePartial(context) {
  return (0,dist_elements/* strings */.P$)(context.preamble)
}

function renderReferences(context, references, filter) {
  return (0,dist_elements/* each */.__)(
    references?.filter(filter),
    (commitReference) => {
      if (context.linkReferences) {
        return (0,dist_elements/* link */.nf)(
          (0,templates/* reference */.ir)(commitReference),
          this.formatIssueUrl(context, commitReference)
        )
      }

      return (0,templates/* reference */.ir)(commitReference)
    },
    ' '
  )
}

function commitPartial(context, commit) {
  const { linkReferences } = context
  const {
    scope,
    subject,
    header,
    shortHash,
    hash,
    references
  } = commit
  const commitLink = hash
    ? linkReferences
      ? `(${(0,dist_elements/* link */.nf)(shortHash, this.formatCommitUrl(context, commit))})`
      : shortHash
    : ''
  const closingReferences = renderReferences.call(
    this,
    context,
    references,
    commitReference => commitReference.action
  )
  const otherReferences = renderReferences.call(
    this,
    context,
    references,
    commitReference => !commitReference.action
  )

  return (0,dist_elements/* strings */.P$)(
    (0,dist_elements/* words */.aL)(
      scope && (0,dist_elements/* bold */.Cr)(`${scope}:`),
      subject || header || '',
      commitLink
    ),
    closingReferences && `, closes ${closingReferences}`,
    otherReferences && `, references ${otherReferences}`
  )
}

function footerPartial() {
  return ''
}

function template(context) {
  const {
    headerPartial,
    preamblePartial,
    commitPartial,
    footerPartial,
    noteGroups,
    commitGroups
  } = context

  return (0,dist_elements/* segments */.JF)(
    headerPartial(context),
    preamblePartial(context),
    (0,dist_elements/* each */.__)(
      noteGroups,
      group => (0,dist_elements/* segments */.JF)(
        (0,dist_elements/* heading */.R_)(3, (0,dist_elements/* words */.aL)(this.formatNoteIcon(context, group.title), group.title)),
        (0,dist_elements/* list */.p_)(
          group.notes,
          note => (0,dist_elements/* words */.aL)(
            note.commit.scope && (0,dist_elements/* bold */.Cr)(`${note.commit.scope}:`),
            note.text
          )
        )
      ),
      (0,dist_elements/* newline */.NN)(2)
    ),
    (0,dist_elements/* each */.__)(
      commitGroups,
      group => (0,dist_elements/* segments */.JF)(
        group.title && (0,dist_elements/* heading */.R_)(3, group.title),
        (0,dist_elements/* list */.p_)(
          group.commits,
          commit => commitPartial(context, commit)
        )
      ),
      (0,dist_elements/* newline */.NN)(2)
    ),
    footerPartial(context)
  )
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/format.js


function formatNoteTitle(context, title) {
  return (0,templates/* noteTitle */.l8)(title)
}

function formatNoteIcon(context, title) {
  return title === templates/* BREAKING_CHANGES_TITLE */.Nr ? '⚠' : ''
}

function formatIssueUrl(context, reference) {
  return (0,dist_elements/* url */.OZ)(
    (0,templates/* referenceRepositoryUrl */.nA)(context, reference),
    context.issue || 'issues',
    reference.issue
  )
}

function formatCommitUrl(context, commit) {
  return (0,dist_elements/* url */.OZ)((0,templates/* repositoryUrl */.Ek)(context), context.commit || 'commit', commit.hash)
}

function formatCompareUrl(context) {
  return (0,templates/* compareUrl */.XH)(context)
}

function formatUserUrl(context, user) {
  return (0,dist_elements/* url */.OZ)(context.host, user)
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/writer.js






const COMMIT_HASH_LENGTH = 7
const releaseAsRegex = /release-as:\s*\w*@?([0-9]+\.[0-9]+\.[0-9a-z]+(-[0-9a-z.]+)?)\s*/i

function compareNotes(a, b) {
  return (a.title || '').localeCompare(b.title || '')
    || (a.text || '').localeCompare(b.text || '')
}

function createWriterOpts(config) {
  const finalConfig = {
    types: DEFAULT_COMMIT_TYPES,
    issuePrefixes: ['#'],
    ...format_namespaceObject,
    ...config
  }
  const commitGroupOrder = finalConfig.types.map(t => t.section).filter(Boolean)
  const formatReferences = createReferencesFormatter(finalConfig)

  return {
    ...createLegacyWriterGuard('conventional-changelog-conventionalcommits'),
    template: template.bind(finalConfig),
    headerPartial: headerPartial.bind(finalConfig),
    preamblePartial: preamblePartial.bind(finalConfig),
    commitPartial: commitPartial.bind(finalConfig),
    footerPartial: footerPartial.bind(finalConfig),
    transform: (commit, context) => {
      let discard = true
      const issues = []
      const entry = findTypeEntry(finalConfig.types, commit)

      // Add an entry in the CHANGELOG if special Release-As footer
      // is used:
      if ((commit.footer && releaseAsRegex.test(commit.footer))
        || (commit.body && releaseAsRegex.test(commit.body))) {
        discard = false
      }

      const notes = getNotes(commit).map((note) => {
        discard = false

        return {
          ...note,
          title: finalConfig.formatNoteTitle(context, note.title),
          text: formatReferences(note.text, context)
        }
      })

      if (
        // notes attached to any type are still displayed.
        discard && (entry === undefined || isTypeEffect(entry, 'hidden'))
        || !matchScope(finalConfig, commit)
      ) {
        return undefined
      }

      const type = entry
        ? entry.section
        : commit.type
      const scope = commit.scope === '*' || finalConfig.scope
        ? ''
        : commit.scope
      const shortHash = typeof commit.hash === 'string'
        ? commit.hash.substring(0, COMMIT_HASH_LENGTH)
        : commit.shortHash
      let { subject } = commit

      if (typeof subject === 'string') {
        // Issue and user URLs.
        subject = formatReferences(subject, context, issues)
      }

      // remove references that already appear in the subject
      const references = commit.references.filter(reference => !issues.includes(reference.prefix + reference.issue))

      return {
        notes,
        type,
        scope,
        shortHash,
        subject,
        references
      }
    },
    groupBy: 'type',
    // the groupings of commit messages, e.g., Features vs., Bug Fixes, are
    // sorted based on their probable importance:
    commitGroupsSort: (a, b) => {
      const gRankA = commitGroupOrder.indexOf(a.title)
      const gRankB = commitGroupOrder.indexOf(b.title)

      return gRankA - gRankB
    },
    commitsSort: ['scope', 'subject'],
    noteGroupsSort: 'title',
    notesSort: compareNotes
  }
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/whatBump.js




function createWhatBump(config = {}) {
  const { types = DEFAULT_COMMIT_TYPES } = config

  return function whatBump(commits) {
    let level = null
    let breakings = 0
    let features = 0

    commits.forEach((commit) => {
      if (!matchScope(config, commit)) {
        return
      }

      const entry = findTypeEntry(types, commit)
      // only breaking change notes affect the version,
      // any other note keyword is just a changelog section
      const breakingNotes = getNotes(commit).filter(templates/* isBreakingNote */.mK)

      if (breakingNotes.length > 0) {
        breakings += breakingNotes.length
        level = 0
      } else
        if (entry && isTypeEffect(entry, 'bump')) {
          if (level === null) {
            level = 2
          }

          if (commit.type === 'feat' || commit.type === 'feature') {
            features += 1

            if (level > 1) {
              level = 1
            }
          }
        }
    })

    if (level === null) {
      return null
    }

    if (config?.preMajor && level < 2) {
      level++
    }

    return {
      level,
      reason: breakings === 1
        ? `There is ${breakings} BREAKING CHANGE and ${features} features`
        : `There are ${breakings} BREAKING CHANGES and ${features} features`
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js







function createPreset(config) {
  return {
    commits: {
      ignore: config?.ignoreCommits,
      merges: false
    },
    parser: createParserOpts(config),
    writer: createWriterOpts(config),
    whatBump: createWhatBump(config)
  }
}


/***/ }),

/***/ 6711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xc: () => (/* reexport */ writeChangelogString)
});

// UNUSED EXPORTS: BREAKING_CHANGES_TITLE, BREAKING_CHANGE_KEYWORDS, bold, commitPartial, compareUrl, createComparator, createLegacyWriterGuard, createReferencesFormatter, defaultCommitTransform, each, footerPartial, formatDate, headerPartial, heading, isBreakingNote, italic, link, list, newline, noteTitle, preamblePartial, reference, referenceRepositoryUrl, repositoryUrl, segments, small, stringify, strings, template, transformCommit, url, words, writeChangelog, writeChangelogStream

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./node_modules/verkit/dist/comparison-CmVirWIW.js
//#region src/version/constants.ts
const SEMVER_SPEC_VERSION = "2.0.0";
const INCREMENT_TYPES = (/* unused pure expression or super */ null && ([
	"major",
	"premajor",
	"minor",
	"preminor",
	"patch",
	"prepatch",
	"prerelease",
	"release"
]));
const comparison_CmVirWIW_TRUNCATION_TYPES = (/* unused pure expression or super */ null && ([
	"major",
	"premajor",
	"minor",
	"preminor",
	"patch",
	"prepatch",
	"prerelease"
]));
//#endregion
//#region src/version/patterns.ts
const LETTER_DASH_NUMBER = "[a-zA-Z0-9-]";
const NUMERIC_IDENTIFIER = String.raw`0|[1-9]\d*`;
const NUMERIC_IDENTIFIER_LOOSE = String.raw`\d+`;
const NON_NUMERIC_IDENTIFIER = String.raw`\d*[a-zA-Z-]${LETTER_DASH_NUMBER}*`;
const MAIN_VERSION = String.raw`(${NUMERIC_IDENTIFIER})\.(${NUMERIC_IDENTIFIER})\.(${NUMERIC_IDENTIFIER})`;
const MAIN_VERSION_LOOSE = String.raw`(${NUMERIC_IDENTIFIER_LOOSE})\.(${NUMERIC_IDENTIFIER_LOOSE})\.(${NUMERIC_IDENTIFIER_LOOSE})`;
const PRERELEASE_IDENTIFIER = `(?:${NON_NUMERIC_IDENTIFIER}|${NUMERIC_IDENTIFIER})`;
const PRERELEASE_IDENTIFIER_LOOSE = `(?:${NON_NUMERIC_IDENTIFIER}|${NUMERIC_IDENTIFIER_LOOSE})`;
const PRERELEASE = String.raw`(?:-(${PRERELEASE_IDENTIFIER}(?:\.${PRERELEASE_IDENTIFIER})*))`;
const PRERELEASE_LOOSE = String.raw`(?:-?(${PRERELEASE_IDENTIFIER_LOOSE}(?:\.${PRERELEASE_IDENTIFIER_LOOSE})*))`;
const BUILD_IDENTIFIER = `${LETTER_DASH_NUMBER}+`;
const BUILD = String.raw`(?:\+(${BUILD_IDENTIFIER}(?:\.${BUILD_IDENTIFIER})*))`;
const FULL_PLAIN = `v?${MAIN_VERSION}${PRERELEASE}?${BUILD}?`;
const LOOSE_PLAIN = String.raw`[v=\s]*${MAIN_VERSION_LOOSE}${PRERELEASE_LOOSE}?${BUILD}?`;
const GREATER_LESS_THAN = "((?:<|>)?=?)";
const XRANGE_IDENTIFIER = String.raw`${NUMERIC_IDENTIFIER}|x|X|\*`;
const XRANGE_IDENTIFIER_LOOSE = String.raw`${NUMERIC_IDENTIFIER_LOOSE}|x|X|\*`;
const XRANGE_PLAIN = String.raw`[v=\s]*(${XRANGE_IDENTIFIER})(?:\.(${XRANGE_IDENTIFIER})(?:\.(${XRANGE_IDENTIFIER})(?:${PRERELEASE})?${BUILD}?)?)?`;
const XRANGE_PLAIN_LOOSE = String.raw`[v=\s]*(${XRANGE_IDENTIFIER_LOOSE})(?:\.(${XRANGE_IDENTIFIER_LOOSE})(?:\.(${XRANGE_IDENTIFIER_LOOSE})(?:${PRERELEASE_LOOSE})?${BUILD}?)?)?`;
const LONE_TILDE = "(?:~>?)";
const LONE_CARET = (/* unused pure expression or super */ null && (String.raw`(?:\^)`));
const COERCE_PLAIN = String.raw`(^|[^\d])(\d{1,${16}})(?:\.(\d{1,${16}}))?(?:\.(\d{1,${16}}))?`;
const comparison_CmVirWIW_COERCE = String.raw`${COERCE_PLAIN}(?:$|[^\d])`;
const comparison_CmVirWIW_COERCE_FULL = String.raw`${COERCE_PLAIN}(?:${PRERELEASE})?(?:${BUILD})?(?:$|[^\d])`;
function makeSafeRegexSource(source) {
	const replacements = [
		[String.raw`\s`, 1],
		[String.raw`\d`, 256],
		[LETTER_DASH_NUMBER, 250]
	];
	for (const [token, maximum] of replacements) source = source.split(`${token}*`).join(`${token}{0,${maximum}}`).split(`${token}+`).join(`${token}{1,${maximum}}`);
	return source;
}
function comparison_CmVirWIW_safeRegex(source, flags) {
	return new RegExp(makeSafeRegexSource(source), flags);
}
//#endregion
//#region src/version/parse.ts
const FULL = comparison_CmVirWIW_safeRegex(`^${FULL_PLAIN}$`);
const LOOSE = comparison_CmVirWIW_safeRegex(`^${LOOSE_PLAIN}$`);
const NUMERIC$1 = /^\d+$/;
function comparison_CmVirWIW_formatComparableVersion(version) {
	const base = `${version.major}.${version.minor}.${version.patch}`;
	return version.prerelease?.length ? `${base}-${version.prerelease.join(".")}` : base;
}
function comparison_CmVirWIW_formatFullVersion(version) {
	const comparable = comparison_CmVirWIW_formatComparableVersion(version);
	return version.build?.length ? `${comparable}+${version.build.join(".")}` : comparable;
}
function comparison_CmVirWIW_parse(version, options = {}) {
	if (typeof version !== "string") return version;
	if (version.length > 256) throw new TypeError(`Version exceeds the maximum length of 256 characters`);
	const match = version.trim().match(options.loose ? LOOSE : FULL);
	if (!match) throw new TypeError(`Invalid version syntax: ${version}`);
	const major = Number(match[1]);
	const minor = Number(match[2]);
	const patch = Number(match[3]);
	if (major > Number.MAX_SAFE_INTEGER || major < 0) throw new TypeError(`Invalid major version: ${match[1]}`);
	if (minor > Number.MAX_SAFE_INTEGER || minor < 0) throw new TypeError(`Invalid minor version: ${match[2]}`);
	if (patch > Number.MAX_SAFE_INTEGER || patch < 0) throw new TypeError(`Invalid patch version: ${match[3]}`);
	const prerelease = match[4] ? match[4].split(".").map((identifier) => {
		if (NUMERIC$1.test(identifier)) {
			const numeric = Number(identifier);
			if (numeric >= 0 && numeric < Number.MAX_SAFE_INTEGER) return numeric;
		}
		return identifier;
	}) : void 0;
	return {
		build: match[5]?.split("."),
		major,
		minor,
		patch,
		prerelease
	};
}
function comparison_CmVirWIW_tryParse(version, options = {}) {
	try {
		return comparison_CmVirWIW_parse(version, options);
	} catch {
		return null;
	}
}
//#endregion
//#region src/version/identifiers.ts
const NUMERIC = /^\d+$/;
function comparison_CmVirWIW_compareIdentifiers(left, right) {
	if (typeof left === "number" && typeof right === "number") return left === right ? 0 : left < right ? -1 : 1;
	const leftNumeric = NUMERIC.test(String(left));
	const rightNumeric = NUMERIC.test(String(right));
	const normalizedLeft = leftNumeric ? Number(left) : left;
	const normalizedRight = rightNumeric ? Number(right) : right;
	return normalizedLeft === normalizedRight ? 0 : leftNumeric && !rightNumeric ? -1 : rightNumeric && !leftNumeric ? 1 : normalizedLeft < normalizedRight ? -1 : 1;
}
function compareIdentifiersReversed(left, right) {
	return comparison_CmVirWIW_compareIdentifiers(right, left);
}
//#endregion
//#region src/version/comparison.ts
function comparison_CmVirWIW_compareMainParsed(left, right) {
	return left.major === right.major ? left.minor === right.minor ? left.patch === right.patch ? 0 : left.patch < right.patch ? -1 : 1 : left.minor < right.minor ? -1 : 1 : left.major < right.major ? -1 : 1;
}
function comparePrereleaseParsed(left, right) {
	const leftPrerelease = left.prerelease;
	const rightPrerelease = right.prerelease;
	if (leftPrerelease?.length && !rightPrerelease?.length) return -1;
	if (!leftPrerelease?.length && rightPrerelease?.length) return 1;
	if (!leftPrerelease?.length && !rightPrerelease?.length) return 0;
	for (let index = 0;; index++) {
		const leftIdentifier = leftPrerelease?.[index];
		const rightIdentifier = rightPrerelease?.[index];
		if (leftIdentifier === void 0 && rightIdentifier === void 0) return 0;
		if (rightIdentifier === void 0) return 1;
		if (leftIdentifier === void 0) return -1;
		if (leftIdentifier !== rightIdentifier) return comparison_CmVirWIW_compareIdentifiers(leftIdentifier, rightIdentifier);
	}
}
function comparison_CmVirWIW_compareParsed(left, right) {
	return comparison_CmVirWIW_compareMainParsed(left, right) || comparePrereleaseParsed(left, right);
}
function compareBuildParsed(left, right) {
	const precedence = comparison_CmVirWIW_compareParsed(left, right);
	if (precedence !== 0) return precedence;
	for (let index = 0;; index++) {
		const leftIdentifier = left.build?.[index];
		const rightIdentifier = right.build?.[index];
		if (leftIdentifier === void 0 && rightIdentifier === void 0) return 0;
		if (rightIdentifier === void 0) return 1;
		if (leftIdentifier === void 0) return -1;
		if (leftIdentifier !== rightIdentifier) return comparison_CmVirWIW_compareIdentifiers(leftIdentifier, rightIdentifier);
	}
}
function compare(left, right, options = {}) {
	return comparison_CmVirWIW_compareParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareReversed(left, right, options = {}) {
	return compare(right, left, options);
}
function compareMain(left, right, options = {}) {
	return comparison_CmVirWIW_compareMainParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function comparePrerelease(left, right, options = {}) {
	return comparePrereleaseParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareBuild(left, right, options = {}) {
	return compareBuildParsed(comparison_CmVirWIW_parse(left, options), comparison_CmVirWIW_parse(right, options));
}
function compareWithOperator(left, operator, right, options = {}) {
	if (operator === "===") return left === right;
	if (operator === "!==") return left !== right;
	const comparison = compare(left, right, options);
	switch (operator) {
		case "":
		case "=":
		case "==": return comparison === 0;
		case "!=": return comparison !== 0;
		case ">": return comparison > 0;
		case ">=": return comparison >= 0;
		case "<": return comparison < 0;
		case "<=": return comparison <= 0;
		default: throw new TypeError(`Invalid operator: ${operator}`);
	}
}
function isEqual(left, right, options = {}) {
	return compare(left, right, options) === 0;
}
function isNotEqual(left, right, options = {}) {
	return compare(left, right, options) !== 0;
}
function isGreaterThan(left, right, options = {}) {
	return compare(left, right, options) > 0;
}
function isGreaterThanOrEqual(left, right, options = {}) {
	return compare(left, right, options) >= 0;
}
function isLessThan(left, right, options = {}) {
	return compare(left, right, options) < 0;
}
function isLessThanOrEqual(left, right, options = {}) {
	return compare(left, right, options) <= 0;
}
function sort(versions, options = {}) {
	return [...versions].sort((left, right) => compareBuild(left, right, options));
}
function sortReversed(versions, options = {}) {
	return [...versions].sort((left, right) => compareBuild(right, left, options));
}
//#endregion


;// CONCATENATED MODULE: ./node_modules/verkit/dist/version-Co1j9Tpq.js

//#region src/version/operations.ts
const COERCE_EXACT = comparison_CmVirWIW_safeRegex(comparison_CmVirWIW_COERCE);
const COERCE_FULL_EXACT = comparison_CmVirWIW_safeRegex(comparison_CmVirWIW_COERCE_FULL);
const PRERELEASE_EXACT = comparison_CmVirWIW_safeRegex(`^${PRERELEASE}$`);
const PRERELEASE_LOOSE_EXACT = comparison_CmVirWIW_safeRegex(`^${PRERELEASE_LOOSE}$`);
function isValid(version, options = {}) {
	return comparison_CmVirWIW_tryParse(version, options) !== null;
}
function isPrerelease(version, options = {}) {
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	return !!parsed.prerelease?.length;
}
function isStable(version, options = {}) {
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	return !parsed.prerelease?.length;
}
function normalizeFull(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? formatFullVersion(parsed) : null;
}
function normalize(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? formatComparableVersion(parsed) : null;
}
function clean(version, options = {}) {
	if (typeof version !== "string") return normalize(version, options);
	return normalize(version.trim().replace(/^[=v]+/, ""), options);
}
function coerce(value, options = {}) {
	if (typeof value === "object") return value;
	const input = typeof value === "number" ? String(value) : value;
	let match = null;
	if (options.rtl) {
		const source = options.includePrerelease ? COERCE_FULL : COERCE;
		const expression = safeRegex(source, "g");
		let next;
		while ((next = expression.exec(input)) && (!match || match.index + match[0].length !== input.length)) {
			if (!match || next.index + next[0].length !== match.index + match[0].length) match = next;
			expression.lastIndex = next.index + next[1].length + next[2].length;
		}
	} else match = (options.includePrerelease ? COERCE_FULL_EXACT : COERCE_EXACT).exec(input);
	if (!match) return null;
	const major = match[2];
	const minor = match[3] || "0";
	const patch = match[4] || "0";
	const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
	const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
	return tryParse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
}
function isPrereleasePrefix(prerelease, identifier) {
	const identifiers = identifier.split(".");
	return identifiers.length <= prerelease.length && identifiers.every((part, index) => compareIdentifiers(prerelease[index], part) === 0);
}
function incrementPrerelease(version, identifier, identifierBase) {
	const base = Number(identifierBase) ? 1 : 0;
	let prerelease = version.prerelease;
	if (prerelease?.length) {
		let foundNumeric = false;
		for (let index = prerelease.length - 1; index >= 0; index--) if (typeof prerelease[index] === "number") {
			prerelease[index] = Number(prerelease[index]) + 1;
			foundNumeric = true;
			break;
		}
		if (!foundNumeric) {
			if (identifier === prerelease.join(".") && identifierBase === false) throw new Error("invalid increment argument: identifier already exists");
			prerelease.push(base);
		}
	} else {
		prerelease = [base];
		version.prerelease = prerelease;
	}
	if (!identifier) return;
	const reset = identifierBase === false ? [identifier] : [identifier, base];
	if (isPrereleasePrefix(prerelease, identifier)) {
		const next = prerelease[identifier.split(".").length];
		if (Number.isNaN(Number(next))) version.prerelease = reset;
	} else version.prerelease = reset;
}
function incrementMutable(version, release, identifier, identifierBase) {
	switch (release) {
		case "premajor":
			version.prerelease = void 0;
			version.patch = 0;
			version.minor = 0;
			version.major++;
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "preminor":
			version.prerelease = void 0;
			version.patch = 0;
			version.minor++;
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "prepatch":
			version.prerelease = void 0;
			incrementMutable(version, "patch", identifier, identifierBase);
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "prerelease":
			if (!version.prerelease?.length) incrementMutable(version, "patch", identifier, identifierBase);
			incrementPrerelease(version, identifier, identifierBase);
			break;
		case "release":
			if (!version.prerelease?.length) throw new Error(`version ${formatFullVersion(version)} is not a prerelease`);
			version.prerelease = void 0;
			break;
		case "major":
			if (version.minor !== 0 || version.patch !== 0 || !version.prerelease?.length) version.major++;
			version.minor = 0;
			version.patch = 0;
			version.prerelease = void 0;
			break;
		case "minor":
			if (version.patch !== 0 || !version.prerelease?.length) version.minor++;
			version.patch = 0;
			version.prerelease = void 0;
			break;
		case "patch":
			if (!version.prerelease?.length) version.patch++;
			version.prerelease = void 0;
			break;
		/* v8 ignore next */
		case "pre":
			incrementPrerelease(version, identifier, identifierBase);
			break;
		default: throw new Error(`invalid increment argument: ${release}`);
	}
}
function incrementParsedVersion(parsed, release, identifier, identifierBase, loose = false) {
	if (release.startsWith("pre")) {
		if (!identifier && identifierBase === false) throw new Error("invalid increment argument: identifier is empty");
		if (identifier) {
			const expression = loose ? PRERELEASE_LOOSE_EXACT : PRERELEASE_EXACT;
			const match = `-${identifier}`.match(expression);
			if (!match || match[1] !== identifier) throw new Error(`invalid identifier: ${identifier}`);
		}
	}
	const mutable = {
		build: parsed.build ? [...parsed.build] : void 0,
		major: parsed.major,
		minor: parsed.minor,
		patch: parsed.patch,
		prerelease: parsed.prerelease ? [...parsed.prerelease] : void 0
	};
	incrementMutable(mutable, release, identifier, identifierBase);
	return formatComparableVersion(mutable);
}
function increment(version, release, options = {}) {
	try {
		return incrementParsedVersion(parse(version, options), release, options.identifier, options.identifierBase, options.loose);
	} catch {
		return null;
	}
}
function truncate(version, truncation, options = {}) {
	if (!TRUNCATION_TYPES.includes(truncation)) return null;
	const parsed = tryParse(version, options);
	if (!parsed) return null;
	if (truncation.startsWith("pre")) return formatComparableVersion(parsed);
	return formatComparableVersion({
		major: parsed.major,
		minor: truncation === "major" ? 0 : parsed.minor,
		patch: truncation === "major" || truncation === "minor" ? 0 : parsed.patch
	});
}
function difference(left, right) {
	const leftVersion = parse(left);
	const rightVersion = parse(right);
	const comparison = compareParsed(leftVersion, rightVersion);
	if (comparison === 0) return null;
	const high = comparison > 0 ? leftVersion : rightVersion;
	const low = comparison > 0 ? rightVersion : leftVersion;
	const highHasPrerelease = high.prerelease?.length;
	if (low.prerelease?.length && !highHasPrerelease) {
		if (low.patch === 0 && low.minor === 0) return "major";
		if (compareMainParsed(low, high) === 0) return low.minor !== 0 && low.patch === 0 ? "minor" : "patch";
	}
	const prefix = highHasPrerelease ? "pre" : "";
	if (leftVersion.major !== rightVersion.major) return `${prefix}major`;
	if (leftVersion.minor !== rightVersion.minor) return `${prefix}minor`;
	if (leftVersion.patch !== rightVersion.patch) return `${prefix}patch`;
	return "prerelease";
}
function getMajor(version, options = {}) {
	return parse(version, options).major;
}
function getMinor(version, options = {}) {
	return parse(version, options).minor;
}
function getPatch(version, options = {}) {
	return comparison_CmVirWIW_parse(version, options).patch;
}
function getPrerelease(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? [...parsed.prerelease || []] : null;
}
function getBuild(version, options = {}) {
	const parsed = tryParse(version, options);
	return parsed ? [...parsed.build || []] : null;
}
//#endregion


// EXTERNAL MODULE: ./node_modules/conventional-commits-filter/dist/index.js + 3 modules
var dist = __webpack_require__(2520);
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/utils.js
const DATETIME_LENGTH = 10;
/**
 * Formats date to yyyy-mm-dd format.
 * @param date - Date string or Date object.
 * @returns Date string in yyyy-mm-dd format.
 */
function formatDate(date) {
    return new Date(date).toISOString().slice(0, DATETIME_LENGTH);
}
/**
 * Safe JSON.stringify with circular reference support.
 * @param obj
 * @returns Stringified object with circular references.
 */
function stringify(obj) {
    const stack = [];
    const keys = [];
    let thisPos;
    const cycleReplacer = (value) => {
        if (stack[0] === value) {
            return '[Circular ~]';
        }
        return `[Circular ~.${keys.slice(0, stack.indexOf(value)).join('.')}]`;
    };
    function serializer(key, value) {
        let resultValue = value;
        if (stack.length > 0) {
            thisPos = stack.indexOf(this);
            if (thisPos !== -1) {
                stack.splice(thisPos + 1);
                keys.splice(thisPos, Infinity, key);
            }
            else {
                stack.push(this);
                keys.push(key);
            }
            if (stack.includes(resultValue)) {
                resultValue = cycleReplacer(resultValue);
            }
        }
        else {
            stack.push(resultValue);
        }
        return resultValue;
    }
    return JSON.stringify(obj, serializer, '  ');
}
/**
 * Creates a compare function for sorting from object keys.
 * @param strings - String or array of strings of object keys to compare.
 * @returns Compare function.
 */
function createComparator(strings) {
    if (typeof strings === 'string') {
        return (a, b) => (a[strings] || '').localeCompare(b[strings] || '');
    }
    if (Array.isArray(strings)) {
        return (a, b) => {
            let strA = '';
            let strB = '';
            for (const key of strings) {
                strA += a[key] || '';
                strB += b[key] || '';
            }
            return strA.localeCompare(strB);
        };
    }
    return strings;
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/context.js



function getCommitGroups(commits, options) {
    const { groupBy, commitGroupsSort, commitsSort } = options;
    const commitGroups = [];
    const commitGroupsObj = commits.reduce((groups, commit) => {
        const key = commit[groupBy] || '';
        if (groups[key]) {
            groups[key].push(commit);
        }
        else {
            groups[key] = [commit];
        }
        return groups;
        // oxlint-disable-next-line typescript/no-unsafe-argument
    }, Object.create(null));
    Object.entries(commitGroupsObj).forEach(([title, commits]) => {
        if (commitsSort) {
            commits.sort(commitsSort);
        }
        commitGroups.push({
            title,
            commits
        });
    });
    if (commitGroupsSort) {
        commitGroups.sort(commitGroupsSort);
    }
    return commitGroups;
}
function getNoteGroups(notes, options) {
    const { noteGroupsSort, notesSort } = options;
    const retGroups = [];
    notes.forEach((note) => {
        const { title } = note;
        let titleExists = false;
        retGroups.forEach((group) => {
            if (group.title === title) {
                titleExists = true;
                group.notes.push(note);
            }
        });
        if (!titleExists) {
            retGroups.push({
                title,
                notes: [note]
            });
        }
    });
    if (noteGroupsSort) {
        retGroups.sort(noteGroupsSort);
    }
    if (notesSort) {
        retGroups.forEach((group) => {
            group.notes.sort(notesSort);
        });
    }
    return retGroups;
}
function getExtraContext(commits, notes, options) {
    return {
        // group `commits` by `options.groupBy`
        commitGroups: getCommitGroups(commits, options),
        // group `notes` for footer
        noteGroups: getNoteGroups(notes, options)
    };
}
/**
 * Get final context with default values.
 * @param context
 * @param options
 * @returns Final context with default values.
 */
function getFinalContext(context, options) {
    const finalContext = {
        commit: 'commits',
        issue: 'issues',
        compare: 'compare',
        date: options.formatDate(new Date()),
        headerPartial: options.headerPartial,
        preamblePartial: options.preamblePartial,
        commitPartial: options.commitPartial,
        footerPartial: options.footerPartial,
        ...context
    };
    if (typeof finalContext.linkReferences !== 'boolean'
        && (finalContext.repository || finalContext.repoUrl)
        && finalContext.commit
        && finalContext.issue) {
        finalContext.linkReferences = true;
    }
    return finalContext;
}
/**
 * Get context prepared for template.
 * @param keyCommit
 * @param commits
 * @param filteredCommits
 * @param notes
 * @param context
 * @param options
 * @returns TemplateContext prepared for template.
 */
async function getTemplateContext(keyCommit, commits, context, options) {
    const notes = [];
    const filteredCommits = (options.ignoreReverted
        ? Array.from((0,dist/* filterRevertedCommitsSync */.FY)(commits))
        : commits).map(commit => ({
        ...commit,
        notes: commit.notes.map((note) => {
            const commitNote = {
                ...note,
                commit
            };
            notes.push(commitNote);
            return commitNote;
        })
    }));
    let templateContext = {
        ...context,
        ...keyCommit,
        ...getExtraContext(filteredCommits, notes, options)
    };
    if (keyCommit?.committerDate) {
        templateContext.date = keyCommit.committerDate;
    }
    if (typeof templateContext.version === 'string' && isValid(templateContext.version)) {
        templateContext.isPatch ||= getPatch(templateContext.version) !== 0;
    }
    templateContext = await options.finalizeContext(templateContext, options, filteredCommits, keyCommit, commits);
    options.debug(`Your final context is:\n${stringify(templateContext)}`);
    return templateContext;
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/template.js

/**
 * Create template renderer.
 * @param context
 * @param options
 * @returns Template render function.
 */
function createTemplateRenderer(context, options) {
    const { template } = options;
    return async (commits, keyCommit, subsequent) => {
        const templateContext = await getTemplateContext(keyCommit, commits, context, options);
        const rendered = (await template(templateContext)).trim();
        return rendered.length > 0
            ? `${subsequent ? '\n' : ''}${rendered}\n`
            : '';
    };
}

// EXTERNAL MODULE: ./node_modules/@conventional-changelog/template/dist/templates.js
var templates = __webpack_require__(9223);
;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/options.js



const HASH_SHORT_LENGTH = 7;
const HEADER_MAX_LENGTH = 100;
/**
 * Default commit transform function.
 * @param commit
 * @param _context
 * @param options
 * @param options.formatDate - Date formatter function.
 * @returns Patch object for commit.
 */
function defaultCommitTransform(commit, _context, options) {
    const { hash, header, committerDate } = commit;
    return {
        hash: typeof hash === 'string'
            ? hash.substring(0, HASH_SHORT_LENGTH)
            : hash,
        header: typeof header === 'string'
            ? header.substring(0, HEADER_MAX_LENGTH)
            : header,
        committerDate: committerDate
            ? options.formatDate(committerDate)
            : committerDate
    };
}
/**
 * Get final options object.
 * @param options
 * @returns Final options object.
 */
function getFinalOptions(options) {
    const prefinalOptions = {
        groupBy: 'type',
        commitsSort: 'header',
        noteGroupsSort: 'title',
        notesSort: 'text',
        transform: defaultCommitTransform,
        generateOn: (commit) => typeof commit.version === 'string' && isValid(commit.version),
        finalizeContext: (context) => context,
        debug: () => { },
        formatDate: formatDate,
        template: templates/* template */.vs,
        headerPartial: templates/* headerPartial */.pA,
        preamblePartial: templates/* preamblePartial */.ws,
        commitPartial: templates/* commitPartial */.HX,
        footerPartial: templates/* footerPartial */.Pq,
        reverse: false,
        ignoreReverted: true,
        doFlush: true,
        ...options
    };
    const finalOptions = {
        ...prefinalOptions,
        commitGroupsSort: createComparator(prefinalOptions.commitGroupsSort),
        commitsSort: createComparator(prefinalOptions.commitsSort),
        noteGroupsSort: createComparator(prefinalOptions.noteGroupsSort),
        notesSort: createComparator(prefinalOptions.notesSort)
    };
    return finalOptions;
}
/**
 * Get final context object.
 * @param context
 * @param options
 * @returns Final context object.
 */
function getGenerateOnFunction(context, options) {
    const { generateOn } = options;
    if (typeof generateOn === 'string') {
        return (commit) => typeof commit[generateOn] !== 'undefined';
    }
    else if (typeof generateOn !== 'function') {
        return () => false;
    }
    return (keyCommit, commitsGroup) => generateOn(keyCommit, commitsGroup, context, options);
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/commit.js
function preventModifications(object) {
    return new Proxy(object, {
        get(target, prop) {
            const value = target[prop];
            // https://github.com/conventional-changelog/conventional-changelog/pull/1285
            if (value instanceof Date) {
                return value;
            }
            if (typeof value === 'object' && value !== null) {
                return preventModifications(value);
            }
            return value;
        },
        set() {
            throw new Error('Cannot modify immutable object.');
        },
        deleteProperty() {
            throw new Error('Cannot modify immutable object.');
        }
    });
}
/**
 * Apply transformation to commit.
 * @param commit
 * @param transform
 * @param args - Additional arguments for transformation function.
 * @returns Transformed commit.
 */
async function transformCommit(commit, transform, ...args) {
    if (typeof transform === 'function') {
        const patch = await transform(preventModifications(commit), ...args);
        if (patch) {
            return {
                ...commit,
                ...patch,
                raw: commit
            };
        }
        return null;
    }
    return commit;
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/writers.js





function writeChangelog(context = {}, options = {}, includeDetails = false) {
    const finalOptions = getFinalOptions(options);
    const finalContext = getFinalContext(context, finalOptions);
    const generateOn = getGenerateOnFunction(finalContext, finalOptions);
    const renderTemplate = createTemplateRenderer(finalContext, finalOptions);
    const prepResult = includeDetails
        ? (log, keyCommit) => ({
            log,
            keyCommit
        })
        : (log) => log;
    return async function* write(commits) {
        const { transform, reverse, doFlush, skip } = finalOptions;
        let chunk;
        let commit;
        let keyCommit;
        let commitsGroup = [];
        let neverGenerated = true;
        let result = '';
        let savedKeyCommit = null;
        let firstRelease = true;
        for await (chunk of commits) {
            commit = await transformCommit(chunk, transform, finalContext, finalOptions);
            keyCommit = commit || chunk;
            if (skip?.(keyCommit)) {
                continue;
            }
            // previous blocks of logs
            if (reverse) {
                if (commit) {
                    commitsGroup.push(commit);
                }
                if (generateOn(keyCommit, commitsGroup)) {
                    neverGenerated = false;
                    result = await renderTemplate(commitsGroup, keyCommit, result.length > 0);
                    commitsGroup = [];
                    yield prepResult(result, keyCommit);
                }
            }
            else {
                if (generateOn(keyCommit, commitsGroup)) {
                    neverGenerated = false;
                    result = await renderTemplate(commitsGroup, savedKeyCommit, result.length > 0);
                    commitsGroup = [];
                    if (!firstRelease || doFlush) {
                        yield prepResult(result, savedKeyCommit);
                    }
                    firstRelease = false;
                    savedKeyCommit = keyCommit;
                }
                if (commit) {
                    commitsGroup.push(commit);
                }
            }
        }
        if (!doFlush && (reverse || neverGenerated)) {
            return;
        }
        result = await renderTemplate(commitsGroup, savedKeyCommit, result.length > 0);
        yield prepResult(result, savedKeyCommit);
    };
}
/**
 * Creates a transform stream which takes commits and outputs changelog entries.
 * @param context - TemplateContext for changelog template.
 * @param options - Options for changelog template.
 * @param includeDetails - Whether to emit details object instead of changelog entry.
 * @returns Transform stream which takes commits and outputs changelog entries.
 */
function writeChangelogStream(context, options, includeDetails = false) {
    return Transform.from(writeChangelog(context, options, includeDetails));
}
/**
 * Create a changelog string from commits.
 * @param commits - Commits to generate changelog from.
 * @param context - TemplateContext for changelog template.
 * @param options - Options for changelog template.
 * @returns Changelog string.
 */
async function writeChangelogString(commits, context, options) {
    const changelogAsyncIterable = writeChangelog(context, options)(commits);
    let changelog = '';
    let chunk;
    for await (chunk of changelogAsyncIterable) {
        changelog += chunk;
    }
    return changelog;
}

;// CONCATENATED MODULE: ./node_modules/conventional-changelog-writer/dist/index.js







/***/ }),

/***/ 2520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FY: () => (/* reexport */ filterRevertedCommitsSync)
});

// UNUSED EXPORTS: RevertedCommitsFilter, filterRevertedCommits, filterRevertedCommitsStream

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/utils.js
/**
 * Match commit with revert data
 * @param object - Commit object
 * @param source - Revert data
 * @returns `true` if commit matches revert data, otherwise `false`
 */
function isMatch(object, source) {
    let aValue;
    let bValue;
    for (const key in source) {
        aValue = object[key];
        bValue = source[key];
        if (typeof aValue === 'string') {
            aValue = aValue.trim();
        }
        if (typeof bValue === 'string') {
            bValue = bValue.trim();
        }
        if (aValue !== bValue) {
            return false;
        }
    }
    return true;
}
/**
 * Find revert commit in set
 * @param commit
 * @param reverts
 * @returns Revert commit if found, otherwise `null`
 */
function findRevertCommit(commit, reverts) {
    if (!reverts.size) {
        return null;
    }
    const rawCommit = commit.raw || commit;
    for (const revertCommit of reverts) {
        if (revertCommit.revert && isMatch(rawCommit, revertCommit.revert)) {
            return revertCommit;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/RevertedCommitsFilter.js

class RevertedCommitsFilter_RevertedCommitsFilter {
    hold = new Set();
    holdRevertsCount = 0;
    /**
     * Process commit to filter reverted commits
     * @param commit
     * @yields Commit
     */
    *process(commit) {
        const { hold } = this;
        const revertCommit = findRevertCommit(commit, hold);
        if (revertCommit) {
            hold.delete(revertCommit);
            this.holdRevertsCount--;
            return;
        }
        if (commit.revert) {
            hold.add(commit);
            this.holdRevertsCount++;
            return;
        }
        if (this.holdRevertsCount > 0) {
            hold.add(commit);
        }
        else {
            if (hold.size) {
                yield* hold;
                hold.clear();
            }
            yield commit;
        }
    }
    /**
     * Flush all held commits
     * @yields Held commits
     */
    *flush() {
        const { hold } = this;
        if (hold.size) {
            yield* hold;
            hold.clear();
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/filters.js


/**
 * Filter reverted commits.
 * @param commits
 * @yields Commits without reverted commits.
 */
async function* filterRevertedCommits(commits) {
    const filter = new RevertedCommitsFilter();
    for await (const commit of commits) {
        yield* filter.process(commit);
    }
    yield* filter.flush();
}
/**
 * Filter reverted commits synchronously.
 * @param commits
 * @yields Commits without reverted commits.
 */
function* filterRevertedCommitsSync(commits) {
    const filter = new RevertedCommitsFilter_RevertedCommitsFilter();
    for (const commit of commits) {
        yield* filter.process(commit);
    }
    yield* filter.flush();
}
/**
 * Filter reverted commits stream.
 * @returns Reverted commits filter stream.
 */
function filterRevertedCommitsStream() {
    return Transform.from(filterRevertedCommits);
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-filter/dist/index.js




/***/ }),

/***/ 4674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jf: () => (/* reexport */ CommitParser_CommitParser)
});

// UNUSED EXPORTS: createCommitObject, parseCommits, parseCommitsStream

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/regex.js
const nomatchRegex = /(?!.*)/;
function regex_escape(string) {
    return string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function joinOr(parts) {
    return parts
        .map(val => (typeof val === 'string' ? regex_escape(val.trim()) : val.source))
        .filter(Boolean)
        .join('|');
}
function getNotesRegex(noteKeywords, notesPattern) {
    if (!noteKeywords) {
        return nomatchRegex;
    }
    const noteKeywordsSelection = joinOr(noteKeywords);
    if (!notesPattern) {
        return new RegExp(`^(?:\\*\\s+)?(${noteKeywordsSelection}):\\s*(.*)`, 'i');
    }
    return notesPattern(noteKeywordsSelection);
}
function getReferencePartsRegex(issuePrefixes, issuePrefixesCaseSensitive) {
    if (!issuePrefixes) {
        return nomatchRegex;
    }
    // Sticky, so a search starts where the last reference ended and `.*?` takes the text
    // up to the next one: a line is scanned once, not again from every position.
    const flags = issuePrefixesCaseSensitive ? 'gy' : 'giy';
    const repositoryChar = '[\\w-\\.\\/]';
    // A reference starts a word, and its repository is the whole word before the prefix,
    // so `gh-` is not a prefix inside of `tough-cookie` or `high-5`.
    // An issue has a digit, so `#general` is not a reference.
    return new RegExp(`.*?(?<!${repositoryChar})(?:(${repositoryChar}+)(?!${repositoryChar}))?(${joinOr(issuePrefixes)})((?=[\\w-]*\\d)[\\w-]+)(?=\\s|$|[,;.)\\]])`, flags);
}
function getReferencesRegex(referenceActions, separator = '') {
    if (!referenceActions) {
        // matches everything
        return /()(.+)/gi;
    }
    const joinedKeywords = joinOr(referenceActions);
    // Keywords are whole words: `prefix #1` has no `fix` action,
    // and `fixups` does not end the references of the previous keyword.
    const nextKeyword = `(?<!\\w)(?:${joinedKeywords})(?!\\w)`;
    return new RegExp(`(?<!\\w)(${joinedKeywords})${separator}(?:\\s+(.*?))(?=${nextKeyword}|$)`, 'gi');
}
function getFooterTokenRegex(issuePrefixes) {
    const issuePrefixSeparator = issuePrefixes
        ? `|\\s+(?:${joinOr(issuePrefixes)})`
        : '';
    // Footers follow the git trailer convention: the token starts at the
    // beginning of the line, indented `key: value` lines are not footers.
    return new RegExp(`^(?:BREAKING CHANGE|[\\w-]+)(?::\\s+${issuePrefixSeparator}).+`, 'i');
}
/**
 * Make the regexes used to parse a commit.
 * @param options
 * @returns Regexes.
 */
function getParserRegexes(options = {}) {
    const notes = getNotesRegex(options.noteKeywords, options.notesPattern);
    const referenceParts = getReferencePartsRegex(options.issuePrefixes, options.issuePrefixesCaseSensitive);
    const references = getReferencesRegex(options.referenceActions);
    // In a footer the keyword is a token, which may be followed by a colon: `Closes: #1`
    const footerReferences = getReferencesRegex(options.referenceActions, ':?');
    const footerToken = getFooterTokenRegex(options.issuePrefixes);
    return {
        notes,
        referenceParts,
        references,
        footerReferences,
        footerToken,
        mentions: /@([\w-]+)/g,
        url: /\b(?:https?):\/\/(?:www\.)?([-a-zA-Z0-9@:%_+.~#?&//=])+\b/
    };
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/utils.js
const SCISSOR = '------------------------ >8 ------------------------';
/**
 * Remove leading and trailing newlines.
 * @param input
 * @returns String without leading and trailing newlines.
 */
function trimNewLines(input) {
    // To escape ReDos we should escape String#replace with regex.
    const matches = input.match(/[^\r\n]/);
    if (typeof matches?.index !== 'number') {
        return '';
    }
    const firstIndex = matches.index;
    let lastIndex = input.length - 1;
    while (input[lastIndex] === '\r' || input[lastIndex] === '\n') {
        lastIndex--;
    }
    return input.substring(firstIndex, lastIndex + 1);
}
/**
 * Append a newline to a string.
 * @param src
 * @param line
 * @returns String with appended newline.
 */
function appendLine(src, line) {
    return src ? `${src}\n${line || ''}` : line || '';
}
/**
 * Creates a function that filters out comments lines.
 * @param char
 * @returns Comment filter function.
 */
function getCommentFilter(char) {
    return char
        ? (line) => !line.startsWith(char)
        : () => true;
}
/**
 * Select lines before the scissor.
 * @param lines
 * @param commentChar
 * @returns Lines before the scissor.
 */
function truncateToScissor(lines, commentChar) {
    const scissorIndex = lines.indexOf(`${commentChar} ${SCISSOR}`);
    if (scissorIndex === -1) {
        return lines;
    }
    return lines.slice(0, scissorIndex);
}
/**
 * Filter out GPG sign lines.
 * @param line
 * @returns True if the line is not a GPG sign line.
 */
function gpgFilter(line) {
    return !line.match(/^\s*gpg:/);
}
/**
 * Assign matched correspondence to the target object.
 * @param target - The target object to assign values to.
 * @param matches - The RegExp match array containing the matched groups.
 * @param correspondence - An array of keys that correspond to the matched groups.
 * @returns The target object with assigned values.
 */
function assignMatchedCorrespondence(target, matches, correspondence) {
    const { groups } = matches;
    for (let i = 0, len = correspondence.length, key; i < len; i++) {
        key = correspondence[i];
        target[key] = (groups ? groups[key] : matches[i + 1]) || null;
    }
    return target;
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/options.js
const defaultOptions = {
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    issuePrefixes: ['#'],
    referenceActions: [
        'close',
        'closes',
        'closed',
        'fix',
        'fixes',
        'fixed',
        'resolve',
        'resolves',
        'resolved'
    ],
    headerPattern: /^(\w*)(?:\(([\w$@.\-*/ ]*)\))?: (.*)$/,
    headerCorrespondence: [
        'type',
        'scope',
        'subject'
    ],
    revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
    revertCorrespondence: ['header', 'hash'],
    // The field name must contain at least one word character so that
    // YAML document markers like `---` are not treated as field markers.
    fieldPattern: /^-(?=.*\w)(.*?)-$/
};

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/CommitParser.js



/**
 * Helper to create commit object.
 * @param initialData - Initial commit data.
 * @returns Commit object with empty data.
 */
function createCommitObject(initialData = {}) {
    // @ts-expect-error: You can read properties from `Commit` without problems, but you can't assign object to this type. So here is helper for that.
    return {
        merge: null,
        revert: null,
        header: null,
        body: null,
        footer: null,
        notes: [],
        mentions: [],
        references: [],
        ...initialData
    };
}
/**
 * Commit message parser.
 */
class CommitParser_CommitParser {
    options;
    regexes;
    lines = [];
    lineIndex = 0;
    commit = createCommitObject();
    constructor(options = {}) {
        this.options = {
            ...defaultOptions,
            ...options
        };
        this.regexes = getParserRegexes(this.options);
    }
    currentLine() {
        return this.lines[this.lineIndex];
    }
    nextLine() {
        return this.lines[this.lineIndex++];
    }
    isLineAvailable() {
        return this.lineIndex < this.lines.length;
    }
    parseReference(input, action) {
        const { regexes } = this;
        if (regexes.url.test(input)) {
            return null;
        }
        const matches = regexes.referenceParts.exec(input);
        if (!matches) {
            return null;
        }
        let [raw, repository = null, prefix, issue] = matches;
        let owner = null;
        if (repository) {
            const slashIndex = repository.indexOf('/');
            if (slashIndex !== -1) {
                owner = repository.slice(0, slashIndex);
                repository = repository.slice(slashIndex + 1);
            }
        }
        return {
            raw,
            action,
            owner,
            repository,
            prefix,
            issue
        };
    }
    parseReferences(input, isFooterToken = false) {
        const { regexes } = this;
        const regex = isFooterToken
            ? regexes.footerReferences
            : regexes.references;
        // Text outside of action sentences, like `#1` in `#1 Fixes #2`,
        // may also have references, but without an action
        const sentences = [];
        let lastIndex = 0;
        let matches;
        while (true) {
            matches = regex.exec(input);
            if (!matches) {
                break;
            }
            sentences.push([null, input.slice(lastIndex, matches.index)], [matches[1] || null, matches[2] || '']);
            lastIndex = regex.lastIndex;
        }
        sentences.push([null, input.slice(lastIndex)]);
        const references = [];
        let reference;
        for (const [action, sentence] of sentences) {
            while (true) {
                reference = this.parseReference(sentence, action);
                if (!reference) {
                    break;
                }
                references.push(reference);
            }
        }
        return references;
    }
    skipEmptyLines() {
        let line = this.currentLine();
        while (line !== undefined && !line.trim()) {
            this.nextLine();
            line = this.currentLine();
        }
    }
    parseMerge() {
        const { commit, options } = this;
        const correspondence = options.mergeCorrespondence || [];
        const merge = this.currentLine();
        const matches = merge && options.mergePattern
            ? merge.match(options.mergePattern)
            : null;
        if (matches) {
            this.nextLine();
            commit.merge = matches[0] || null;
            assignMatchedCorrespondence(commit, matches, correspondence);
            return true;
        }
        return false;
    }
    parseHeader(isMergeCommit) {
        if (isMergeCommit) {
            this.skipEmptyLines();
        }
        const { commit, options } = this;
        const correspondence = options.headerCorrespondence || [];
        const header = commit.header ?? this.nextLine();
        let matches = null;
        if (header) {
            if (options.breakingHeaderPattern) {
                matches = header.match(options.breakingHeaderPattern);
            }
            if (!matches && options.headerPattern) {
                matches = header.match(options.headerPattern);
            }
        }
        if (header) {
            commit.header = header;
        }
        if (matches) {
            assignMatchedCorrespondence(commit, matches, correspondence);
        }
    }
    parseMeta() {
        const { options, commit } = this;
        if (!options.fieldPattern || !this.isLineAvailable()) {
            return false;
        }
        let matches;
        let field = null;
        let parsed = false;
        while (this.isLineAvailable()) {
            matches = this.currentLine().match(options.fieldPattern);
            if (matches) {
                field = matches[1] || null;
                this.nextLine();
                continue;
            }
            if (field) {
                parsed = true;
                commit[field] = appendLine(commit[field], this.currentLine());
                this.nextLine();
            }
            else {
                break;
            }
        }
        return parsed;
    }
    parseNotes() {
        const { regexes, commit } = this;
        if (!this.isLineAvailable()) {
            return false;
        }
        const matches = this.currentLine().match(regexes.notes);
        let isFooterToken;
        if (matches) {
            const note = {
                title: matches[1],
                text: matches[2]
            };
            commit.notes.push(note);
            commit.footer = appendLine(commit.footer, this.currentLine());
            this.nextLine();
            while (this.isLineAvailable()) {
                if (this.parseMeta()) {
                    return true;
                }
                if (this.parseNotes()) {
                    return true;
                }
                isFooterToken = regexes.footerToken.test(this.currentLine());
                commit.references.push(...this.parseReferences(this.currentLine(), isFooterToken));
                if (!isFooterToken) {
                    note.text = appendLine(note.text, this.currentLine());
                }
                commit.footer = appendLine(commit.footer, this.currentLine());
                this.nextLine();
                if (isFooterToken) {
                    break;
                }
            }
            return true;
        }
        return false;
    }
    parseBodyAndFooter(isBody) {
        const { commit, regexes } = this;
        if (!this.isLineAvailable()) {
            return isBody;
        }
        const isFooterToken = regexes.footerToken.test(this.currentLine());
        const isStillBody = !isFooterToken && isBody;
        commit.references.push(...this.parseReferences(this.currentLine(), isFooterToken));
        if (isStillBody) {
            commit.body = appendLine(commit.body, this.currentLine());
        }
        else {
            commit.footer = appendLine(commit.footer, this.currentLine());
        }
        this.nextLine();
        return isStillBody;
    }
    parseBreakingHeader() {
        const { commit, options } = this;
        if (!options.breakingHeaderPattern || commit.notes.length || !commit.header) {
            return;
        }
        const matches = commit.header.match(options.breakingHeaderPattern);
        if (matches) {
            commit.notes.push({
                title: 'BREAKING CHANGE',
                text: matches[3]
            });
        }
    }
    parseMentions(input) {
        const { commit, regexes } = this;
        let matches;
        for (;;) {
            matches = regexes.mentions.exec(input);
            if (!matches) {
                break;
            }
            commit.mentions.push(matches[1]);
        }
    }
    parseRevert(input) {
        const { commit, options } = this;
        const correspondence = options.revertCorrespondence || [];
        const matches = options.revertPattern
            ? input.match(options.revertPattern)
            : null;
        if (matches) {
            commit.revert = assignMatchedCorrespondence({}, matches, correspondence);
        }
    }
    cleanupCommit() {
        const { commit } = this;
        commit.body &&= trimNewLines(commit.body);
        commit.footer &&= trimNewLines(commit.footer);
        commit.notes.forEach((note) => {
            note.text = trimNewLines(note.text);
        });
        const referencesSet = new Set();
        commit.references = commit.references.filter((reference) => {
            const uid = `${reference.action} ${reference.raw}`.toLocaleLowerCase();
            const ok = !referencesSet.has(uid);
            if (ok) {
                referencesSet.add(uid);
            }
            return ok;
        });
    }
    /**
     * Parse commit message string into an object.
     * @param input - Commit message string.
     * @returns Commit object.
     */
    parse(input) {
        if (!input.trim()) {
            throw new TypeError('Expected a raw commit');
        }
        const { commentChar } = this.options;
        const commentFilter = getCommentFilter(commentChar);
        const rawLines = trimNewLines(input).split(/\r?\n/);
        const lines = commentChar
            ? truncateToScissor(rawLines, commentChar).filter(line => commentFilter(line) && gpgFilter(line))
            : rawLines.filter(line => gpgFilter(line));
        const commit = createCommitObject();
        this.lines = lines;
        this.lineIndex = 0;
        this.commit = commit;
        const isMergeCommit = this.parseMerge();
        this.parseHeader(isMergeCommit);
        if (commit.header) {
            commit.references = this.parseReferences(commit.header);
        }
        let isBody = true;
        while (this.isLineAvailable()) {
            this.parseMeta();
            if (this.parseNotes()) {
                isBody = false;
            }
            if (!this.parseBodyAndFooter(isBody)) {
                isBody = false;
            }
        }
        this.parseBreakingHeader();
        this.parseMentions(input);
        this.parseRevert(input);
        this.cleanupCommit();
        return commit;
    }
}

// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/stream.js


/**
 * Create async generator function to parse async iterable of raw commits.
 * @param options - CommitParser options.
 * @returns Async generator function to parse async iterable of raw commits.
 */
function parseCommits(options = {}) {
    const warnOption = options.warn;
    const warn = warnOption === true
        ? (err) => {
            throw err;
        }
        : warnOption
            ? (err) => warnOption(err.toString())
            : () => { };
    return async function* parse(rawCommits) {
        const parser = new CommitParser(options);
        let rawCommit;
        for await (rawCommit of rawCommits) {
            try {
                yield parser.parse(rawCommit.toString());
            }
            catch (err) {
                warn(err);
            }
        }
    };
}
/**
 * Create stream to parse commits.
 * @param options - CommitParser options.
 * @returns Stream of parsed commits.
 */
function parseCommitsStream(options = {}) {
    return Transform.from(parseCommits(options));
}

;// CONCATENATED MODULE: ./node_modules/conventional-commits-parser/dist/index.js




/***/ })

};
