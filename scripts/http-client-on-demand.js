// The action bundle's @actions/http-client (scripts/bundle.mjs says why): @actions/core imports it
// for its OIDC client only, so the real library, bundled into http-client.cjs next to this file,
// is loaded the first time @actions/core constructs one. `new` returns the library's own object.
import { createRequire } from 'node:module';

let library;
const load = () => (library ??= createRequire(import.meta.url)('./http-client.cjs'));

export class HttpClient {
  constructor(...args) {
    return new (load().HttpClient)(...args);
  }
}

export class BearerCredentialHandler {
  constructor(...args) {
    return new (load().BearerCredentialHandler)(...args);
  }
}
