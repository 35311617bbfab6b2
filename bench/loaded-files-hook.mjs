// `node --import ./loaded-files-hook.mjs …`: appends the URL of every module the process loads to
// $FORGE_BENCH_LOADED, so the bench can add up the bytes an entry really loads on one path.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const out = process.env.FORGE_BENCH_LOADED;
if (out) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) appendFileSync(out, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
