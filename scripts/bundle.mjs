#!/usr/bin/env node
// Compile with tsc (ncc cannot compile TypeScript 7 sources), then bundle the emitted JS with ncc
// into dist/: dist/index.js (the action) and dist/cli.js (npx forge-release), plus the chunks of
// lazily imported modules so cold start does not pay for gitbeaker or conventional-changelog.
// `--out DIR` builds elsewhere, so parallel work never overwrites the committed dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ncc from '@vercel/ncc';
import { sourceStamp } from './source-stamp.mjs';

const outArg = process.argv.indexOf('--out');
const root = resolve(outArg === -1 ? '.' : process.argv[outArg + 1]);
// tsc's output stays inside the repository whatever --out says: ncc resolves dependencies from
// there (node_modules) and package.json's "type": "module" applies to it.
const buildDir = resolve('build', outArg === -1 ? 'default' : `out-${process.pid}`);
const distDir = join(root, 'dist');

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', buildDir], { stdio: 'inherit' });
rmSync(distDir, { recursive: true, force: true });

const NCC_OPTIONS = {
  quiet: true, minify: false, sourceMap: false, cache: false, target: 'es2022',
  // The licences of every package bundled into this entry, as the licences they are under require.
  license: 'THIRD-PARTY-LICENSES.txt',
};

// @actions/core imports its OIDC client at start-up, and with it @actions/http-client, undici,
// tunnel and Node's http, https, http2, tls and zlib (actions/toolkit#1697), though only
// getIDToken() uses them, which the action never calls: ~80 ms of the action's cold path (bench
// scenario 7). Its exports offer no smaller entry, so the action bundle takes the HTTP client from
// http-client-on-demand.js, which loads the real one, bundled on its own, on first use.
const ON_DEMAND = './http-client-on-demand.js';
const onDemandExternals = { '@actions/http-client': ON_DEMAND, '@actions/http-client/lib/auth': ON_DEMAND };

for (const entry of ['index', 'cli']) {
  const { code, assets } = await ncc(join(buildDir, `${entry}.js`), { ...NCC_OPTIONS, ...(entry === 'index' ? { externals: onDemandExternals } : {}) });
  // Each entry gets its own folder: ncc names lazy chunks by module id, and two entries' chunks
  // with the same id would overwrite each other in one folder.
  const dir = join(distDir, entry === 'index' ? 'action' : 'cli');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), withoutInlineSourceMaps(code));
  const shebang = entry === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(join(distDir, `${entry}.js`), `${shebang}import './${entry === 'index' ? 'action' : 'cli'}/index.js';\n`);
  for (const [name, asset] of Object.entries(assets)) {
    const target = join(dir, name);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, name.endsWith('.js') ? withoutInlineSourceMaps(asset.source.toString()) : asset.source);
  }
}
await bundleHttpClient(join(distDir, 'action'));
chmodSync(join(distDir, 'cli.js'), 0o755);
if (outArg !== -1) rmSync(buildDir, { recursive: true, force: true });
writeFileSync(join(distDir, 'package.json'), '{ "type": "module" }\n');
// Test runners refuse a dist/ whose stamp differs from src/ (test/support/run-bundle.ts).
writeFileSync(join(distDir, 'source-stamp.txt'), `${sourceStamp(resolve('.'))}\n`);
console.error(`bundled into ${distDir}: ${readdirSync(distDir).join(', ')}`);

/** The HTTP client @actions/core's OIDC code uses, as one CommonJS file that the loader can require() when first asked. */
async function bundleHttpClient(actionDir) {
  // A folder without "type": "module" makes ncc write CommonJS; the imports still resolve as ESM.
  const entryDir = join(buildDir, 'http-client');
  mkdirSync(entryDir, { recursive: true });
  writeFileSync(join(entryDir, 'package.json'), '{}\n');
  writeFileSync(join(entryDir, 'index.js'), "export { HttpClient } from '@actions/http-client';\nexport { BearerCredentialHandler } from '@actions/http-client/lib/auth';\n");
  const { code, assets } = await ncc(join(entryDir, 'index.js'), NCC_OPTIONS);
  const chunks = Object.keys(assets).filter((name) => name !== 'THIRD-PARTY-LICENSES.txt');
  if (chunks.length) throw new Error(`the on-demand HTTP client came with files of its own (${chunks.join(', ')}): bundle them too`);
  writeFileSync(join(actionDir, 'http-client.cjs'), withoutInlineSourceMaps(code));
  copyFileSync(join(import.meta.dirname, 'http-client-on-demand.js'), join(actionDir, 'http-client-on-demand.js'));
  const licences = join(actionDir, 'THIRD-PARTY-LICENSES.txt');
  writeFileSync(licences, `${readFileSync(licences, 'utf8').trimEnd()}\n\n${assets['THIRD-PARTY-LICENSES.txt'].source.toString().trim()}\n`);
}

/**
 * Some dependencies ship their files with inline source maps (conventional-changelog's: ~120 kB of
 * base64). Inside a bundle they map nothing (their lines moved), yet every run reads them.
 */
function withoutInlineSourceMaps(code) {
  return code.replace(/^\/\/# sourceMappingURL=data:application\/json[^\n]*$/gm, '');
}
