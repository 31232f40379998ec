import type { Locator, Page } from 'playwright-core';
import type { ShopPhoto } from './shop-photos';

/**
 * A real drop: the files are built in the page as File objects in a DataTransfer, then dragenter,
 * dragover and drop are dispatched on the target, as the browser does when files are dragged in.
 */
export async function dropFiles(page: Page, target: Locator, photos: readonly ShopPhoto[]): Promise<void> {
  const payload = photos.map((p) => ({ name: p.name, type: p.mimeType, base64: p.bytes.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
