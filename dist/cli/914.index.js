export const id = 914;
export const ids = [914];
export const modules = {

/***/ 8914:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: createTerminalHost

// EXTERNAL MODULE: ./build/default/cli/parse-argv.js
var parse_argv = __webpack_require__(3679);
// EXTERNAL MODULE: ./build/default/errors.js
var errors = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/default/inputs/scalars.js
var scalars = __webpack_require__(451);
// EXTERNAL MODULE: ./build/default/options.js
var options = __webpack_require__(5076);
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
            flags = (0,parse_argv/* parseArgv */.SB)(argv);
            return (raw = { ...(0,parse_argv/* rawFromEnv */.kf)(env), ...flags });
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
