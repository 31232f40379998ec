import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import { readBootId, readProcessIdentity } from './read-process-identity';
import type { ServerRecord } from './server-record';
import { removeServerRecord, writeServerRecord } from './server-record-files';

export interface LaunchToRecord {
  pid: number;
  binary: string;
  port: number;
  /** Settles when the server has exited. */
  exited: Promise<unknown>;
}

/** The record for a just-spawned server, or undefined when it is already gone. */
export async function describeLaunch(launch: LaunchToRecord, now = new Date()): Promise<ServerRecord | undefined> {
  const [server, parent, bootId, binary] = await Promise.all([
    readProcessIdentity(launch.pid),
    readProcessIdentity(process.pid),
    readBootId(),
    fs.realpath(launch.binary),
  ]);
  if (!server.running) return undefined;
  return {
    version: 1,
    pid: launch.pid,
    binary,
    port: launch.port,
    startTime: server.startTime,
    parentPid: process.pid,
    parentStartTime: parent.running ? parent.startTime : undefined,
    bootId,
    host: os.hostname(),
    launchedAt: now.toISOString(),
  };
}

/**
 * Leaves a record of the server in dir while it runs and removes it once the server exits.
 * Resolves when the record is written (or was not needed); failures only cost the orphan cleanup,
 * so they go to the log instead of failing the launch.
 */
export async function recordLaunch(dir: string, launch: LaunchToRecord, log: (line: string) => void): Promise<void> {
  let file: string | undefined;
  try {
    const record = await describeLaunch(launch);
    if (record) file = await writeServerRecord(dir, record);
  } catch (err) {
    log(`could not record llama-server pid ${launch.pid} for cleanup after a crash: ${(err as Error).message}`);
  }
  if (!file) return;
  // On process.exit the exit guard SIGKILLs the server, so its record can go too, synchronously.
  const recordFile = file;
  const removeOnExit = () => {
    try {
      fsSync.rmSync(recordFile, { force: true });
    } catch (err) {
      console.error(`[engine] could not remove ${recordFile} on exit: ${(err as Error).message}`);
    }
  };
  process.on('exit', removeOnExit);
  void launch.exited.then(() => {
    process.off('exit', removeOnExit);
    return removeServerRecord(dir, launch.pid).catch((err: Error) => log(`could not remove the record of llama-server pid ${launch.pid}: ${err.message}`));
  });
}
