import { connectApi, type Connection } from './api/connect-api';
import { requestBootData, type BootData } from './app/boot-data';

export type EarlyStart = { connection: Connection; boot: Promise<BootData> } | { error: string };

function start(): EarlyStart {
  try {
    const connection = connectApi(window);
    return { connection, boot: requestBootData(connection.api) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/**
 * Evaluated first, as main.tsx's first import and before React's modules run: the start-up
 * requests are on their way while the rest of the script is still being evaluated. (A module's
 * imports all run before its own body, so these calls cannot live in main.tsx itself.)
 */
export const early: EarlyStart = start();
