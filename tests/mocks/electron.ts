/**
 * A FAKE of the `electron` module, for tests only: the Electron binary cannot run here. It records
 * what the shell registers (IPC handlers, protocol handlers, window options, listeners) so tests can
 * drive those registrations the way Electron would. Wire it with
 * `vi.mock('electron', () => import('../../mocks/electron'))` and call `resetFakeElectron()` between runs.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: any[]) => unknown;

/** What Electron passes to will-navigate / before-quit listeners: an event that can be cancelled. */
export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url?: string): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Calls in the order they happened, e.g. ['protocol.registerSchemesAsPrivileged', 'app.ready']. */
export const callLog: string[] = [];

class FakeApp extends EventEmitter {
  isPackaged = false;
  userDataDir = '/fake-user-data';
  appPath = process.cwd();
  quitCalls = 0;
  /** False plays a second start while another instance holds the lock. */
  singleInstanceLockFree = true;
  requestSingleInstanceLock(): boolean {
    callLog.push('app.requestSingleInstanceLock');
    return this.singleInstanceLockFree;
  }
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      callLog.push('app.ready');
    });
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name} is not faked`);
    return this.userDataDir;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  quit(): void {
    this.quitCalls++;
  }
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: Listener | null = null;
  sent: Array<{ channel: string; payload: unknown }> = [];
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: { file?: string; url?: string } = {};
  destroyed = false;
  constructor(readonly options: Record<string, any>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    return Promise.resolve();
  }
  show(): void {}
  minimized = false;
  focusCalls = 0;
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focusCalls++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void {
    callLog.push('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

const defaultSession = {
  headersListener: null as Listener | null,
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  webRequest: {
    onHeadersReceived(listener: Listener): void {
      defaultSession.headersListener = listener;
    },
  },
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  },
};
export const session = { defaultSession };

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  errors: [] as Array<{ title: string; content: string }>,
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
};

export const safeStorage = {
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  // Reversible but not secret: enough to show the app routes secrets through safeStorage.
  encryptString: (text: string) => Buffer.from(`fake-encrypted:${text}`),
  decryptString: (data: Buffer) => data.toString().replace(/^fake-encrypted:/, ''),
};

// Renderer-side (preload) modules.
export const contextBridge = {
  exposed: new Map<string, any>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  invocations: Array<{ channel: string; input: unknown }> = [];
  reply: unknown = { ok: true, value: null };
  invoke(channel: string, input: unknown): Promise<unknown> {
    this.invocations.push({ channel, input });
    return Promise.resolve(this.reply);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const webUtils = {
  getPathForFile(file: { name: string }): string {
    return `/fake-drop/${file.name}`;
  },
};

export function resetFakeElectron(): void {
  callLog.length = 0;
  app.removeAllListeners();
  app.isPackaged = false;
  app.quitCalls = 0;
  app.singleInstanceLockFree = true;
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  defaultSession.headersListener = null;
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
  shell.opened.length = 0;
  safeStorage.backend = 'gnome_libsecret';
  dialog.errors.length = 0;
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations = [];
}

export default { app, BrowserWindow, ipcMain, protocol, session, shell, dialog, safeStorage, contextBridge, ipcRenderer, webUtils };
