import fs from 'node:fs';
import path from 'node:path';
import type { LocalSampling } from '../../shared/domain/local-sampling';
import { AppError } from '../../shared/errors';
import { locateLlamaServer } from './binary/locate-llama-server';
import { discoverBackends } from './backends/discover-backends';
import { startWithBestBackend } from './backends/start-with-best-backend';
import { EngineSupervisor, EngineUnavailableError, type EngineStatus } from './engine-supervisor';
import { reapOrphanedServers, type ReapResult } from './orphans/reap-orphans';
import { openRotatingLog } from '../logging/rotating-log';

export interface EngineStartConfig {
  model: string;
  mmproj?: string;
  contextSize: number;
  parallel: number;
  gpuLayers: 'auto' | number;
  chatTemplateFile?: string;
  imageMinTokens?: number;
  imageMaxTokens?: number;
  /** The model's request-body settings; every local request carries them (see sampling). */
  sampling?: LocalSampling;
}

export interface EngineServiceOptions {
  libraryDir: string;
  /** A packaged app's resources folder (llama-server ships in resources/bin). */
  resourcesDir?: string;
  /** Overrides the binary lookup (tests, the CLI). */
  binary?: string;
  /**
   * With `binary`: the static build to run instead when no GPU backend works (the lookup finds it
   * itself otherwise; see LocatedServer.cpuFallback).
   */
  cpuBuild?: string;
  /** Added to llama-server's environment (e.g. GGML_VK_VISIBLE_DEVICES=0 to allow a software Vulkan device). */
  serverEnv?: Record<string, string>;
  /** How long a GPU backend's one-token probe may take (see start-with-best-backend.ts). */
  backendProbeTimeoutMs?: number;
}

const IDLE: EngineStatus = { state: 'idle', devices: [], restarts: 0 };

/**
 * The app's one local engine: starts a supervisor for the chosen model, replaces it when the
 * model or settings change, and forwards its status to whoever listens (the window).
 */
export class EngineService {
  private supervisor?: EngineSupervisor;
  private unsubscribe?: () => void;
  private readonly listeners = new Set<(status: EngineStatus) => void>();
  private stopForwarding?: () => void;
  private reaping?: Promise<ReapResult>;
  private currentSampling: LocalSampling = {};
  /** Bumped by every start and stop, so a backend choice under way stops trying when overtaken. */
  private starts = 0;

  constructor(private readonly opts: EngineServiceOptions) {}

  /** <library>/engine: records of running servers (see recordDir in SupervisorOptions). */
  private get recordDir(): string {
    return path.join(this.opts.libraryDir, 'engine');
  }

  private get logFile(): string {
    return path.join(this.opts.libraryDir, 'logs', 'llama-server.log');
  }

  /**
   * Stops llama-servers that a killed or crashed earlier run left holding RAM/VRAM. Called when the
   * library opens, without waiting, because a shop owner on a cloud model may never start the engine
   * and the memory would stay lost until reboot; start() waits for it and checks again itself.
   * Never rejects.
   */
  reapOrphans(): Promise<ReapResult> {
    if (this.reaping) return this.reaping;
    const log = (line: string) => {
      try {
        openRotatingLog(this.logFile).write(`${new Date().toISOString()} [engine] ${line}`);
      } catch (err) {
        console.warn(`[engine] ${line} (not logged to ${this.logFile}: ${(err as Error).message})`);
      }
    };
    const reaping = reapOrphanedServers(this.recordDir, log).finally(() => {
      if (this.reaping === reaping) this.reaping = undefined;
    });
    this.reaping = reaping;
    return reaping;
  }

  get current(): EngineSupervisor | undefined {
    return this.supervisor;
  }

  /** The running model's own request settings (sampling, thinking off), for the generation pipeline. */
  get sampling(): LocalSampling {
    return this.currentSampling;
  }

  status(): EngineStatus {
    return this.supervisor?.status() ?? IDLE;
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends status changes to one place (the window that last started the engine), replacing the previous one. */
  forwardStatusTo(listener: (status: EngineStatus) => void): void {
    this.stopForwarding?.();
    this.stopForwarding = this.onStatus(listener);
  }

  async start(config: EngineStartConfig): Promise<EngineStatus> {
    for (const [label, file] of [['Model', config.model], ['Vision file', config.mmproj], ['Chat template', config.chatTemplateFile]] as const) {
      if (file && !fs.existsSync(file)) {
        throw new AppError('model_invalid', `${label} ${path.basename(file)} was not found at ${path.dirname(file)}. Download it again from Models.`);
      }
    }
    const located = this.opts.binary ? { binary: this.opts.binary, cpuFallback: this.opts.cpuBuild } : locateLlamaServer({ resourcesDir: this.opts.resourcesDir });
    const binary = located?.binary;
    if (!binary) {
      throw new AppError('engine_unavailable', 'The local engine (llama-server) is missing from this installation. Reinstall Listing Studio, or use a cloud model in Settings.');
    }
    await this.stop();
    await this.reaping;
    const { sampling, ...serverConfig } = config;
    this.currentSampling = sampling ?? {};
    const options = { ...serverConfig, binary, logFile: this.logFile, recordDir: this.recordDir, alias: 'local', serverEnv: this.opts.serverEnv };
    // A backend-DL build has GPU backends staged beside it: the best one that works is chosen per
    // start, else the CPU, on the static build when one is cached (faster there).
    const backends = discoverBackends(path.dirname(binary));
    const cpuBuild = located?.cpuFallback;
    const generation = ++this.starts;
    let lastSent: EngineStatus | undefined;
    const send = (s: EngineStatus) => {
      lastSent = s;
      this.listeners.forEach((l) => l(s));
    };
    const forward = (from: EngineSupervisor, only?: (s: EngineStatus) => boolean) => {
      this.unsubscribe?.();
      this.unsubscribe = from.onStatus((s) => {
        if (!only || only(s)) send(s);
      });
    };
    let supervisor: EngineSupervisor;
    try {
      if (backends.length === 0 && !cpuBuild) {
        supervisor = new EngineSupervisor(options);
        this.supervisor = supervisor;
        forward(supervisor);
        await supervisor.start();
      } else {
        supervisor = await startWithBestBackend({ ...options, cpuBuild }, backends, {
          onAttempt: (attempt, backend) => {
            this.supervisor = attempt;
            // A GPU backend being tried shows as starting; its failure is a fallback, not a crash to report.
            forward(attempt, backend === 'cpu' ? undefined : (s) => s.state === 'starting');
          },
          cancelled: () => generation !== this.starts,
          probeTimeoutMs: this.opts.backendProbeTimeoutMs,
        });
        forward(supervisor);
        // A GPU backend's ready state was held back while it was on trial: send it once now.
        if (lastSent?.state !== 'ready') send(supervisor.status());
      }
    } catch (err) {
      if (err instanceof EngineUnavailableError) throw new AppError('engine_failed', err.message);
      throw err;
    }
    return supervisor.status();
  }

  async stop(): Promise<EngineStatus> {
    this.starts++;
    const supervisor = this.supervisor;
    if (!supervisor) return IDLE;
    await supervisor.stop();
    this.unsubscribe?.();
    return supervisor.status();
  }
}
