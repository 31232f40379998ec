import type { Result } from '../../../shared/errors';
import type { Api } from '../../../shared/ipc/api';
import type { RouteOutput } from '../../../shared/ipc/contract';
import { FIRST_PAGE, type ProductPage } from '../library/product-page';

/** The four answers the first screen is drawn from. */
export interface BootData {
  settings: Result<RouteOutput<'settings.get'>>;
  info: Result<RouteOutput<'app.info'>>;
  engine: Result<RouteOutput<'engine.status'>>;
  firstPage: Result<ProductPage>;
}

/**
 * Asks for everything the first screen needs at once. Called before React has even been
 * evaluated, so the answers travel while the page's script is still starting up, and the first
 * render can already be the library rather than a "Loading…" that asks and renders again.
 */
export async function requestBootData(api: Api): Promise<BootData> {
  const [settings, info, engine, firstPage] = await Promise.all([
    api.settings.get({}),
    api.app.info({}),
    api.engine.status({}),
    api.products.list({ limit: FIRST_PAGE }),
  ]);
  return { settings, info, engine, firstPage };
}

/** Setup first (an empty library and neither an engine nor a cloud key), else the library. */
export function firstView(boot: BootData): 'setup' | 'library' {
  const ready =
    (boot.engine.ok && boot.engine.value.state === 'ready') || (boot.settings.ok && boot.settings.value.provider === 'cloud' && boot.settings.value.cloud.hasKey);
  const hasProducts = boot.firstPage.ok && boot.firstPage.value.total > 0;
  return ready || hasProducts ? 'library' : 'setup';
}
