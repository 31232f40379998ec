import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_BRIDGE_KEY, FILES_BRIDGE_KEY, type DesktopFiles } from '../../shared/ipc/bridge';
import { buildApi } from '../../shared/ipc/build-api';
import { EVENT_NAMES as eventNames, ROUTE_NAMES as routeNames } from '../../shared/ipc/route-names';
import type { Result } from '../../shared/errors';

/**
 * Runs sandboxed: only 'electron' is required at runtime; electron-vite bundles the contract in.
 * The page gets named functions per route and `on` for the contract's events, never ipcRenderer.
 */
const api = buildApi(routeNames, eventNames, {
  invoke: (route, input) => ipcRenderer.invoke(route, input) as Promise<Result<unknown>>,
  subscribe(event, listener) {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
});

const files: DesktopFiles = { pathForFile: (file) => webUtils.getPathForFile(file) };

contextBridge.exposeInMainWorld(API_BRIDGE_KEY, api);
contextBridge.exposeInMainWorld(FILES_BRIDGE_KEY, files);
