#!/usr/bin/env node
// Compile with tsc (ncc cannot compile TypeScript 7 sources), then bundle the emitted JS with ncc
// into dist/: dist/index.js (the action) and dist/cli.js (npx forge-release), plus the chunks of
// lazily imported modules so cold start does not pay for gitbeaker or conventional-changelog.
// `--out DIR` builds elsewhere, so parallel work never overwrites the committed dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
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

for (const entry of ['index', 'cli']) {
  const { code, assets } = await ncc(join(buildDir, `${entry}.js`), {
    quiet: true, minify: false, sourceMap: false, cache: false, target: 'es2022',
    // The licences of every package bundled into this entry, as the licences they are under require.
    license: 'THIRD-PARTY-LICENSES.txt',
  });
  // Each entry gets its own folder: ncc names lazy chunks by module id, and two entries' chunks
  // with the same id would overwrite each other in one folder.
  const dir = join(distDir, entry === 'index' ? 'action' : 'cli');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), code);
  const shebang = entry === 'cli' ? '#!/usr/bin/env node\n' : '';
  writeFileSync(join(distDir, `${entry}.js`), `${shebang}import './${entry === 'index' ? 'action' : 'cli'}/index.js';\n`);
  for (const [name, asset] of Object.entries(assets)) {
    const target = join(dir, name);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, asset.source);
  }
}
chmodSync(join(distDir, 'cli.js'), 0o755);
if (outArg !== -1) rmSync(buildDir, { recursive: true, force: true });
writeFileSync(join(distDir, 'package.json'), '{ "type": "module" }\n');
// Test runners refuse a dist/ whose stamp differs from src/ (test/support/run-bundle.ts).
writeFileSync(join(distDir, 'source-stamp.txt'), `${sourceStamp(resolve('.'))}\n`);
console.error(`bundled into ${distDir}: ${readdirSync(distDir).join(', ')}`);
