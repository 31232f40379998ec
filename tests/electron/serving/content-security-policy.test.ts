import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/serving/content-security-policy';
import { isSafeExternalUrl } from '../../../electron/main/external-links';

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
}

describe('buildContentSecurityPolicy', () => {
  it('allows only our own scripts, styles, fonts and connections in production, and photos from ls-photo:', () => {
    const csp = directives(buildContentSecurityPolicy('production'));
    expect(csp['default-src']).toBe("'none'");
    expect(csp['script-src']).toBe("'self'");
    expect(csp['style-src']).toBe("'self'");
    expect(csp['connect-src']).toBe("'self'");
    expect(csp['font-src']).toBe("'self'");
    expect(csp['img-src']).toBe("'self' ls-photo: data:");
    expect(csp['object-src']).toBe("'none'");
  });

  it('relaxes only what the Vite dev server needs in development', () => {
    const csp = directives(buildContentSecurityPolicy('development'));
    expect(csp['default-src']).toBe("'none'");
    expect(csp['script-src']).toContain("'unsafe-inline'");
    expect(csp['connect-src']).toContain('ws://localhost:*');
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
  });
});

describe('isSafeExternalUrl', () => {
  it('lets only https URLs leave the app', () => {
    expect(isSafeExternalUrl('https://help.shopify.com/en/manual')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ls-photo://thumb/x', 'smb://server/share', 'nonsense']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});
