// `node --import ./loaded-files-hook.mjs …`: appends the path of every file the process loads,
// by import or require(), to $FORGE_TEST_LOADED, so a test can tell what a bundle's path loaded.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const out = process.env.FORGE_TEST_LOADED;
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) appendFileSync(out, `${fileURLToPath(url)}\n`);
      return nextLoad(url, context);
    },
  });
}
