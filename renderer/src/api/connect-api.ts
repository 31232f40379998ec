import type { Api } from '../../../shared/ipc/api';
import { API_BRIDGE_KEY, FILES_BRIDGE_KEY, type DesktopFiles } from '../../../shared/ipc/bridge';
import { buildApi } from '../../../shared/ipc/build-api';
import { EVENT_NAMES as eventNames, ROUTE_NAMES as routeNames } from '../../../shared/ipc/route-names';
import { createHttpTransport } from './http-transport';
import { hostPhotoSrc } from './photo-src';
import { readTokenFromHash } from './read-token';
import { stageFilesOnHost } from './stage-files';

export interface Connection {
  api: Api;
  /** Present only in the desktop app, where dropped files have paths. */
  files: DesktopFiles | null;
  /** Only in the browser host: uploads dropped files and returns their paths on the host. */
  stageFiles: ((files: readonly File[]) => Promise<{ paths: string[]; failed: string[] }>) | null;
  /** A URL an <img> can load for a photo URL from the core. */
  photoSrc(url: string): string;
}

/** The desktop preload's api when there is one; otherwise the HTTP api of the browser host. */
export function connectApi(win: Window): Connection {
  const bridged = (win as unknown as Record<string, unknown>)[API_BRIDGE_KEY] as Api | undefined;
  const files = ((win as unknown as Record<string, unknown>)[FILES_BRIDGE_KEY] as DesktopFiles | undefined) ?? null;
  if (bridged) return { api: bridged, files, stageFiles: null, photoSrc: (url) => url };
  const token = readTokenFromHash(win.location.hash);
  if (!token) throw new Error('Open Listing Studio from the desktop app, or from the link the browser host prints (it carries #token=…).');
  const origin = win.location.origin;
  return {
    api: buildApi(routeNames, eventNames, createHttpTransport(origin, token)),
    files: null,
    stageFiles: (picked) => stageFilesOnHost(origin, token, picked),
    photoSrc: (url) => hostPhotoSrc(url, origin, token),
  };
}
