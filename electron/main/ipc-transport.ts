import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/errors';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { HandlerContext, Router } from '../ipc/router';
import { isAppPageUrl, type AppPage } from '../serving/app-page';

/**
 * One ipcMain handler per contract route, named like the route. The sender's frame must be our
 * page before its input is even parsed; events go to the window on channels named like the event.
 */
export function setupIpc(router: Router, page: AppPage, getWindow: () => BrowserWindow | null): () => void {
  const ctx: HandlerContext = { emit: (event, payload) => sendEvent(getWindow(), event, payload) };
  for (const name of router.routeNames) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> | Result<unknown> => {
      if (!isAppPageUrl(event.senderFrame?.url, page)) return refusal(name);
      return router.invoke(name, input, ctx);
    });
  }
  return () => router.routeNames.forEach((name) => ipcMain.removeHandler(name));
}

function sendEvent<E extends EventName>(win: BrowserWindow | null, event: E, payload: EventPayload<E>): void {
  if (!win || win.isDestroyed()) return;
  win.webContents.send(event, payload);
}

function refusal(route: string): Result<unknown> {
  return { ok: false, error: { code: 'forbidden', message: `${route}: refused a request that did not come from Listing Studio's own page.` } };
}
