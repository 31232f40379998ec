import { createContext, useContext, type ReactNode } from 'react';
import type { Connection } from './connect-api';

const ConnectionContext = createContext<Connection | null>(null);

export function ApiProvider({ connection, children }: { connection: Connection; children: ReactNode }) {
  return <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>;
}

export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection needs an <ApiProvider> above it.');
  return connection;
}

export function useApi() {
  return useConnection().api;
}

/** Turns a core photo URL into one this page can load. */
export function usePhotoSrc(): (url: string) => string {
  return useConnection().photoSrc;
}
