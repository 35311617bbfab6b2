export const id = 554;
export const ids = [554];
export const modules = {

/***/ 6554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: createTerminalHost

// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/options.js
var default_options = __webpack_require__(5076);
;// CONCATENATED MODULE: ./build/default/cli/parse-argv.js
/** CLI flags → raw inputs, by the option table: `--name value`, `--name=value`, bare `--flag` for booleans. */


function parseArgv(argv) {
    const options = new Map((0,default_options/* optionsOn */.q4)('cli').map((o) => [o.name, o]));
    const raw = {};
    const problems = [];
    for (let i = 0; i < argv.length; i += 1) {
        const arg = argv[i];
        if (!arg.startsWith('--')) {
            problems.push({ input: arg, message: 'is not an option', hint: 'Options start with --; run forge-release --help.' });
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const option = options.get(name);
        if (!option) {
            problems.push({ input: name, message: 'is not a known option', hint: suggestion(name, [...options.keys()]) });
            continue;
        }
        if (eq !== -1)
            raw[name] = arg.slice(eq + 1);
        else if (option.kind === 'boolean')
            raw[name] = 'true';
        else if (i + 1 < argv.length)
            raw[name] = argv[(i += 1)];
        else
            problems.push({ input: name, message: 'needs a value', hint: `Pass --${name} ${option.placeholder ?? 'VALUE'}.` });
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    return raw;
}
/** Values from FORGE_RELEASE_<NAME> variables, below flags in precedence. */
function rawFromEnv(env) {
    const raw = {};
    for (const option of (0,default_options/* optionsOn */.q4)('cli')) {
        const value = env[`FORGE_RELEASE_${option.name.toUpperCase().replace(/-/g, '_')}`];
        if (value !== undefined && value !== '')
            raw[option.name] = value;
    }
    return raw;
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

// EXTERNAL MODULE: ./build/default/outputs.js
var default_outputs = __webpack_require__(1308);
// EXTERNAL MODULE: ./build/default/redact.js
var redact = __webpack_require__(4649);
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
    return {
        name: env.GITLAB_CI === 'true' ? 'gitlab-ci' : 'terminal',
        env,
        rawInputs: () => ({ ...rawFromEnv(env), ...parseArgv(argv) }),
        log: logger(err, env.GITLAB_CI === 'true'),
        maskSecret: () => { },
        writeReport: async (report) => writeReport(report, io, err),
        showError: (error) => showError(error, err),
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
    const { outputs } = report;
    if (report.dryRun && outputs.notes)
        err(`\n── Release notes\n${outputs.notes}`);
    if (outputs.result === 'skipped')
        err('Nothing to release.');
    else if (report.dryRun)
        err(`Dry run: nothing was written. ${outputs.tag} would be released${outputs.releaseUrl ? ` at ${outputs.releaseUrl}` : ''}.`);
    else
        err(`Release ${outputs.tag} ${outputs.result}: ${outputs.releaseUrl}`);
    if (report.json)
        io.stdout(`${JSON.stringify((0,default_outputs/* toJsonOutput */.HQ)(outputs), null, 2)}\n`);
}
function showError(error, err) {
    const [message, ...details] = (0,errors/* errorLines */.S6)(error);
    err(`error ${error.code}: ${message}`);
    for (const line of details)
        err(`  ${line}`);
}


/***/ })

};
