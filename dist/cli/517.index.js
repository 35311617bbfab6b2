export const id = 517;
export const ids = [517];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: createTerminalHost

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/options.js
var options = __webpack_require__(5076);
;// CONCATENATED MODULE: ./build/default/cli/parse-argv.js
/**
 * Command line → raw inputs, by an option table, with Node's util.parseArgs doing the tokenizing
 * (`--name value`, `--name=value`, bare `--flag`, `--` ending the options). We only add what users
 * need on top: every problem at once, each named as it was typed, and "did you mean" for typos.
 * Reusable by every command: give it the command's option specs and argv.
 */



/** Flags the entry handles before any parsing; known here so a typo of them gets a suggestion. */
const ENTRY_FLAGS = ['help', 'version'];
function parseCommandLine(argv, specs, allow = { positionals: 0 }) {
    const byName = new Map(specs.map((o) => [o.name, o]));
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, options: parserOptions(specs), strict: false, allowPositionals: true, tokens: true });
    const values = {};
    const positionals = [];
    const problems = [];
    let afterBoolean;
    for (let i = 0; i < tokens.length; i += 1) {
        const token = tokens[i];
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional') {
            if (positionals.length < allow.positionals)
                positionals.push(token.value);
            else
                problems.push(strayWord(token.value, afterBoolean, allow.positionals));
            afterBoolean = undefined;
            continue;
        }
        afterBoolean = undefined;
        const option = byName.get(token.name);
        if (!option || token.rawName.length === 2) {
            problems.push(unknownOption(token.rawName, [...byName.keys()]));
            // `--tagg v1`: the next word was meant as the typo's value; one problem is enough.
            if (!token.inlineValue && tokens[i + 1]?.kind === 'positional')
                i += 1;
            continue;
        }
        if (option.kind === 'boolean') {
            values[option.name] = token.value ?? 'true';
            if (token.value === undefined)
                afterBoolean = option.name;
            continue;
        }
        const problem = readValue(option, token.value, byName, values);
        if (problem)
            problems.push(problem);
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    return { values, positionals };
}
/** The main command: every CLI option, no positional word. */
function parseArgv(argv) {
    return parseCommandLine(argv, (0,options/* optionsOn */.q4)('cli')).values;
}
/** Values from FORGE_RELEASE_<NAME> variables, below flags in precedence. */
function rawFromEnv(env) {
    const raw = {};
    for (const option of (0,options/* optionsOn */.q4)('cli')) {
        const value = env[(0,options/* envNameOf */.Iw)(option.name)];
        if ((0,options/* isGiven */.qR)(option.name, value))
            raw[option.name] = value;
    }
    return raw;
}
/**
 * Every option is declared as a string so util.parseArgs hands over `--flag=value` as typed and
 * never swallows the next word for a boolean; booleans are told apart below, by our own table.
 */
function parserOptions(specs) {
    return Object.fromEntries(specs.filter((o) => o.kind !== 'boolean').map((o) => [o.name, { type: 'string' }]));
}
function readValue(option, value, byName, values) {
    const flag = `--${option.name}`;
    // `--tag --dry-run`: the value was forgotten and the next flag would be taken for it.
    const swallowed = value?.startsWith('--') && byName.has(value.slice(2).split('=')[0]);
    if (value === undefined || swallowed) {
        return { input: option.name, label: flag, message: 'needs a value', hint: `Pass ${flag} ${option.placeholder ?? 'VALUE'} (or ${flag}=VALUE).` };
    }
    values[option.name] = value;
    return undefined;
}
function strayWord(word, afterBoolean, allowed) {
    if (afterBoolean) {
        const flag = `--${afterBoolean}`;
        return {
            input: afterBoolean, label: `${flag} ${word}`, message: `${flag} is a switch and takes no separate value`,
            hint: `Write ${flag} to turn it on, ${flag}=false (or leave it out) to turn it off.`,
        };
    }
    const why = allowed === 0 ? 'no word without --' : `at most ${allowed} word${allowed === 1 ? '' : 's'} without --`;
    return { input: word, label: `"${word}"`, message: `is not an option (this command takes ${why})`, hint: 'Options start with --; run forge-release --help.' };
}
function unknownOption(rawName, known) {
    const name = rawName.replace(/^-+/, '');
    const candidates = [...known, ...ENTRY_FLAGS];
    return { input: name, label: rawName, message: 'is not a known option', hint: suggestion(name, candidates) };
}
function suggestion(name, known) {
    const close = known.map((k) => ({ k, d: distance(name, k) })).sort((a, b) => a.d - b.d)[0];
    const more = 'Run forge-release --help for all options.';
    return close && close.d <= 2 ? `Did you mean --${close.k}? ${more}` : more;
}
/** Levenshtein distance, for "did you mean" on a mistyped flag. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const next = [i];
        for (let j = 1; j <= b.length; j += 1) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}

// EXTERNAL MODULE: ./build/default/inputs/scalars.js
var scalars = __webpack_require__(451);
// EXTERNAL MODULE: ./build/default/outputs.js
var outputs = __webpack_require__(1308);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
;// CONCATENATED MODULE: ./build/default/hosts/result-line.js
function resultLine(report) {
    const { outputs } = report;
    if (outputs.result === 'skipped')
        return 'Nothing to release.';
    if (!report.dryRun)
        return `Release ${outputs.tag} ${outputs.result}: ${outputs.releaseUrl}`;
    // A dry run's new release has no page yet: point at the commit it would be created from.
    if (report.releaseExists)
        return `Dry run: nothing was written. ${outputs.tag} would be released at ${outputs.releaseUrl}.`;
    const commit = report.commitUrl ?? `commit ${outputs.commitSha}`;
    return `Dry run: nothing was written. ${outputs.tag} would be created from ${commit}${report.compareUrl ? `; changes: ${report.compareUrl}` : ''}.`;
}

// EXTERNAL MODULE: ./build/default/hosts/run-on-host.js
var run_on_host = __webpack_require__(4996);
;// CONCATENATED MODULE: ./build/default/hosts/terminal.js
/**
 * The CLI's host: progress and the plan on stderr, --json on stdout, and in GitLab CI the
 * phases as collapsible log sections. Flags beat FORGE_RELEASE_* variables beat CI defaults.
 */








const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
};
function runCli(argv, env = process.env, io = processIo) {
    return (0,run_on_host/* runOnHost */.l)(createTerminalHost(argv, env, io));
}
function createTerminalHost(argv, env, io) {
    const err = (line) => io.stderr(`${(0,redact/* redact */.E$)(line)}\n`);
    let raw;
    let flags = {};
    return {
        name: env.GITLAB_CI === 'true' ? 'gitlab-ci' : 'terminal',
        env,
        rawInputs: () => {
            flags = parseArgv(argv);
            return (raw = { ...rawFromEnv(env), ...flags });
        },
        labelOf: (name) => labelOf(name, flags, env),
        log: logger(err, env.GITLAB_CI === 'true'),
        maskSecret: () => { },
        writeReport: async (report) => writeReport(report, io, err),
        showError: (error) => {
            showError(error, err);
            if (wantsJson(raw, argv, env))
                io.stdout(`${JSON.stringify((0,outputs/* toJsonFailure */.QN)(error), null, 2)}\n`);
        },
    };
}
function logger(err, sections) {
    let n = 0;
    return {
        info: (message) => err(message),
        warn: (message) => err(`warning: ${message}`),
        group: async (title, body) => {
            // GitLab's collapsible sections; elsewhere a plain heading.
            const id = `forge_release_${(n += 1)}`;
            if (sections)
                err(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=false]\r\u001b[0K${title}`);
            else
                err(`── ${title}`);
            try {
                return await body();
            }
            finally {
                if (sections)
                    err(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\u001b[0K`);
            }
        },
    };
}
async function writeReport(report, io, err) {
    // The notes and the plan were printed in their own groups; this is the closing line.
    err(`\n${resultLine(report)}`);
    if (report.json)
        io.stdout(`${JSON.stringify((0,outputs/* toJsonOutput */.HQ)(report.outputs), null, 2)}\n`);
}
/**
 * A flag is named as a flag. A variable is named as the variable, except where the GitLab CI
 * template set it from one of its inputs: there the user wrote `inputs: name` (the token comes
 * from the CI/CD variable that `token-variable` names).
 */
function labelOf(name, flags, env) {
    if (flags[name] !== undefined)
        return `--${name}`;
    const variable = (0,options/* envNameOf */.Iw)(name);
    if (env.FORGE_TPL_TOOL_VERSION === undefined)
        return env[variable] ? variable : `--${name}`;
    if (name === 'token' && env.FORGE_TPL_TOKEN_VARIABLE)
        return `${env.FORGE_TPL_TOKEN_VARIABLE} (inputs: token-variable)`;
    const templateInput = name === 'dotenv' || !(0,options/* findOption */.$K)(name)?.notOn?.includes('template');
    return templateInput ? `inputs: ${name}` : variable;
}
/** --json, read from the parsed inputs, or from argv itself when the arguments did not parse. */
function wantsJson(raw, argv, env) {
    const value = raw ? raw.json : argv.includes('--json') ? 'true' : argv.find((a) => a.startsWith('--json='))?.slice(7) ?? env.FORGE_RELEASE_JSON;
    if (value === undefined)
        return false;
    const parsed = (0,scalars/* parseBoolean */.yG)(value);
    return parsed.ok && parsed.value;
}
function showError(error, err) {
    const [message, ...details] = (0,errors/* errorLines */.S6)(error);
    err(`error ${error.code}: ${message}`);
    for (const line of details)
        err(`  ${line}`);
}


/***/ })

};
