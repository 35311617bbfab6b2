import { describe, expect, it } from 'vitest';
import { proxyFor } from '../../src/gitlab/proxy-for.js';

const url = (u: string) => new URL(u);

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, in either case', () => {
    expect(proxyFor(url('https://gitlab.example.com'), { HTTPS_PROXY: 'http://p:3128' })).toBe('http://p:3128');
    expect(proxyFor(url('https://gitlab.example.com'), { https_proxy: 'http://lower:3128', HTTPS_PROXY: 'http://upper:3128' })).toBe('http://lower:3128');
    expect(proxyFor(url('http://gitlab.example.com'), { HTTP_PROXY: 'http://p:8080', HTTPS_PROXY: 'http://q:1' })).toBe('http://p:8080');
    expect(proxyFor(url('https://gitlab.example.com'), { HTTP_PROXY: 'http://p:8080' })).toBe('http://p:8080');
    expect(proxyFor(url('https://gitlab.example.com'), {})).toBeUndefined();
  });

  it.each([
    ['gitlab.example.com', true], ['.example.com', true], ['example.com', true], ['*.example.com', true], ['*', true],
    ['other.com,example.com', true], ['gitlab.example.com:443', true], ['gitlab.example.com:8443', false],
    ['ample.com', false], ['example.org', false], ['', false],
  ])('NO_PROXY=%s bypasses https://gitlab.example.com: %s', (noProxy, bypass) => {
    const result = proxyFor(url('https://gitlab.example.com'), { HTTPS_PROXY: 'http://p:3128', NO_PROXY: noProxy });
    expect(result === undefined).toBe(bypass);
  });

  it('matches IP literals and bracketed IPv6 entries', () => {
    expect(proxyFor(url('http://127.0.0.1:8080'), { HTTP_PROXY: 'http://p:1', no_proxy: '127.0.0.1' })).toBeUndefined();
    expect(proxyFor(url('http://[::1]:8080'), { HTTP_PROXY: 'http://p:1', no_proxy: '[::1]:8080' })).toBeUndefined();
  });
});
