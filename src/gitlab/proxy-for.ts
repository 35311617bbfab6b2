/**
 * Which proxy a request goes through, by HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case), the
 * way curl and most CI tools read them. Node's fetch ignores these variables by itself, which is
 * why self-hosted users behind a corporate proxy see "fetch failed" from other tools.
 */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv): string | undefined {
  const read = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()];
  const proxy = target.protocol === 'https:' ? read('https_proxy') ?? read('http_proxy') : read('http_proxy');
  if (!proxy || bypassed(target, read('no_proxy') ?? '')) return undefined;
  return proxy;
}

function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    if (entry === '*') return true;
    const [name = '', entryPort] = splitPort(entry.toLowerCase());
    if (entryPort && entryPort !== port) return false;
    const bare = name.replace(/^\*?\./, '');
    return host === bare || host.endsWith(`.${bare}`);
  });
}

/** `host:port`, `[::1]:8080` or a bare host. */
function splitPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1]!, bracketed[2]];
  const match = /^([^:]+):(\d+)$/.exec(entry);
  return match ? [match[1]!, match[2]] : [entry, undefined];
}
