import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirect('/orders/1?tab=a#b')).toBe('/orders/1?tab=a#b');
    expect(safeRedirect('/p/abc')).toBe('/p/abc');
  });

  it.each(['/\t/evil.com', '/\n/evil.com', '//evil.com', '/\\evil.com', 'https://evil.com', 'evil.com', '/%0a', '\u0000/', '', ' /x', '/\r\nSet-Cookie: a=b'])(
    'refuses %j',
    (next) => {
      const target = safeRedirect(next);
      expect(target === '/' || !/[\s\\]/.test(target)).toBe(true);
      expect(new URL(target, 'https://hashcart.example').origin).toBe('https://hashcart.example');
    },
  );

  it('never leaves the site, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'binary' }).map((s) => `/${s}`)), (next) => {
        const target = safeRedirect(next);
        expect(target.startsWith('/')).toBe(true);
        expect(/[\u0000-\u001f\u007f-\u009f\\]/.test(target)).toBe(false);
        // A browser resolving the Location header stays on our origin.
        expect(new URL(target, 'https://hashcart.example').origin).toBe('https://hashcart.example');
      }),
      { numRuns: 500 },
    );
  });
});
