export const id = 748;
export const ids = [748];
export const modules = {

/***/ 7748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECKSUMS_FILE: () => (/* binding */ CHECKSUMS_FILE),
/* harmony export */   defaultPackageName: () => (/* binding */ defaultPackageName),
/* harmony export */   readReleaseFiles: () => (/* binding */ readReleaseFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7119);
/* harmony import */ var _inputs_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9269);
/* harmony import */ var _file_chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7444);
/**
 * The files of a release as they are on disk: their sha256 (streamed, never read whole), the
 * SHA256SUMS file over them, and the package they go to (generic-packages.md §2.2).
 */




const CHECKSUMS_FILE = 'SHA256SUMS';
async function readReleaseFiles(inputs, version) {
    if (!inputs.files || inputs.files.length === 0)
        return undefined;
    const files = await Promise.all(inputs.files.map(hashed));
    if (inputs.checksums)
        files.push(checksumsOf(files));
    return { ...packageOf(inputs, version), files };
}
async function hashed(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,_file_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .fileChunks */ .T)(file.path))
        hash.update(chunk);
    return { name: file.name, size: file.size, sha256: hash.digest('hex'), source: { path: file.path }, ...(file.link ? { link: file.link } : {}) };
}
/** `sha256sum` format: `<hex>  <name>`, one line per file, by name. */
function checksumsOf(files) {
    const text = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
    const bytes = Buffer.from(text, 'utf8');
    return { name: CHECKSUMS_FILE, size: bytes.length, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), source: { bytes } };
}
/** The package name and version, defaulted and checked before any request. */
function packageOf(inputs, version) {
    const packageName = inputs.packageName ?? defaultPackageName(inputs);
    const packageVersion = inputs.packageVersion ?? version;
    const problems = [];
    if (!_inputs_files_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_NAME */ .rM.test(packageName)) {
        problems.push({ input: 'package-name', message: `the derived package name "${packageName}" is refused by GitLab's package registry`, hint: 'Give package-name (letters, digits and . _ - + only).' });
    }
    if (!_inputs_files_js__WEBPACK_IMPORTED_MODULE_2__/* .PACKAGE_VERSION */ .i8.test(packageVersion)) {
        problems.push({ input: 'package-version', message: `the release's version "${packageVersion}" is refused by GitLab's package registry as a package version`, hint: 'Give package-version (letters, digits and . _ - + only, without "..").' });
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(problems);
    return { packageName, packageVersion };
}
/** `pkg@` or `pkg/v` name a package; else the project's name; else `release`. */
function defaultPackageName(inputs) {
    const fromPrefix = /^(.+?)(?:@|\/v?)$/.exec(inputs.tagPrefix)?.[1];
    if (fromPrefix)
        return fromPrefix.split('/').at(-1);
    const fromProject = inputs.project && !/^\d+$/.test(inputs.project) ? inputs.project.split('/').at(-1) : undefined;
    const fromUrl = inputs.projectUrl?.replace(/\/+$/, '').split('/').at(-1);
    return fromProject ?? fromUrl ?? 'release';
}


/***/ })

};
