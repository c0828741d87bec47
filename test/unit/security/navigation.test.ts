import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, originOf } from '../../../main/security/app-origin';
import { decideNavigation, decideWindowOpen, isAllowedNavigation } from '../../../main/security/navigation';
import { hostileUrls } from './hostile-urls';

describe('isAllowedNavigation', () => {
  it.each(hostileUrls)('denies %j', (url) => {
    expect(isAllowedNavigation(url, appOrigin)).toBe(false);
  });

  it('allows only a document of our own origin (a reload of the bundle)', () => {
    expect(isAllowedNavigation(appEntryUrl, appOrigin)).toBe(true);
    expect(isAllowedNavigation('app://bundle/', appOrigin)).toBe(true);
  });

  it('denies the dev server origin in production and the bundle in development', () => {
    expect(isAllowedNavigation('http://localhost:5173/', appOrigin)).toBe(false);
    expect(isAllowedNavigation(appEntryUrl, 'http://localhost:5173')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('decideNavigation', () => {
  it.each(hostileUrls)('never allows or opens %j', (url) => {
    expect(decideNavigation(url, appOrigin)).toBe('deny');
  });

  it('sends an allow-listed help link to the system browser instead of navigating', () => {
    expect(decideNavigation('https://learn.microsoft.com/entra/identity/', appOrigin)).toBe('open-external');
  });
});

describe('decideWindowOpen', () => {
  it.each(hostileUrls)('denies %j', (url) => {
    expect(decideWindowOpen(url)).toBe('deny');
  });

  it('never opens an app window, not even for our own origin', () => {
    expect(decideWindowOpen(appEntryUrl)).toBe('deny');
  });

  it('hands allow-listed help links to the system browser', () => {
    expect(decideWindowOpen('https://aka.ms/mysecurityinfo')).toBe('open-external');
  });
});

describe('originOf', () => {
  it('gives a custom standard scheme a tuple origin, as Chromium does', () => {
    expect(originOf('app://bundle/assets/x.js')).toBe('app://bundle');
  });

  it('refuses URLs carrying credentials', () => {
    expect(originOf('app://bundle@evil/')).toBeNull();
  });
});
