import type { Session } from 'electron';
import { isAppPageUrl, type AppPage } from '../serving/app-page';
import { buildContentSecurityPolicy } from '../serving/content-security-policy';

/**
 * The CSP also arrives as a response header for our page wherever the network layer sees it (the
 * dev server; the ls-app: handler sets its own, and index.html carries it as a meta tag too), and
 * the page may ask for no permissions at all: the app needs no camera, geolocation or notifications.
 */
export function setupSessionPolicy(session: Session, page: AppPage): void {
  const policy = buildContentSecurityPolicy(page.kind === 'dev' ? 'development' : 'production');
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppPageUrl(details.url, page)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
