import { protocol } from 'electron';
import { APP_SCHEME, type AppPage } from '../serving/app-page';
import { buildContentSecurityPolicy } from '../serving/content-security-policy';
import { serveAppFile } from '../serving/serve-app-file';

/** Serves the built renderer on ls-app://renderer/, and nothing outside its folder. */
export function setupAppProtocol(page: Extract<AppPage, { kind: 'app' }>): void {
  const policy = buildContentSecurityPolicy('production');
  protocol.handle(APP_SCHEME, (request) => serveAppFile(page, request, policy));
}
