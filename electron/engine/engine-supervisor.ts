import type OpenAI from 'openai';
import type { EngineError, EngineState } from '../../shared/domain/engine';
import { classifyServerLog, describeLoadTimeout } from './classify-server-log';
import { ENGINE_CONTEXT_SIZE, ENGINE_PARALLEL } from '../../shared/domain/engine-launch';
import { EngineUnavailableError, isConnectionError } from './engine-errors';
import type { EngineCompute, EngineStatus } from './engine-status';
import type { BackendCandidate } from './backends/discover-backends';
import { transitionEngineState, type EngineEvent } from './engine-state';
import { findFreePort } from './find-free-port';
import { createLaunchKey, launchServer, type ServerLaunch } from './launch-server';
import { reapOrphanedServers } from './orphans/reap-orphans';
import { recordLaunch } from './orphans/record-launch';
import { DEFAULT_RESTART_POLICY, planRestart, type RestartPolicy } from './restart-backoff';
import { openRotatingLog, type RotatingLog } from '../logging/rotating-log';
import { parseProps, parseServerStartup, type ServerFacts } from './server-log-facts';
import type { ServerConfig } from './server-args';
import { stopServer } from './stop-server';
import { waitForHealth } from './wait-for-health';

export { EngineUnavailableError } from './engine-errors';
export type { EngineStatus } from './engine-status';

export interface SupervisorOptions extends Omit<ServerConfig, 'port' | 'contextSize' | 'parallel' | 'gpuLayers'> {
  binary: string;
  /** <library>/logs/llama-server.log */
  logFile: string;
  contextSize?: number;
  parallel?: number;
  gpuLayers?: 'auto' | number;
  loadTimeoutMs?: number;
  stopTimeoutMs?: number;
  restart?: RestartPolicy;
  log?: { maxBytes?: number; keep?: number };
  /**
   * <library>/engine: each launch leaves a record there while it runs, and start() first stops
   * the servers that a SIGKILLed or crashed owner left behind. Without it, neither happens.
   */
  recordDir?: string;
  /**
   * A backend-DL build: the GPU backend to load (absent: CPU only), and why an earlier choice was
   * given up (see start-with-best-backend.ts). Both absent for a static build.
   */
  backend?: BackendCandidate | 'cpu';
  computeNote?: string;
  /** Added to the server's environment, e.g. GGML_VK_VISIBLE_DEVICES. */
  serverEnv?: Record<string, string>;
}

interface Waiter {
  resolve(launch: ServerLaunch): void;
  reject(err: Error): void;
}

/**
 * Runs one llama-server: launches it on a fresh loopback port with a fresh key, waits for
 * /health, restarts it with backoff after a crash, and hands callers an OpenAI client that is
 * only used while the server is ready.
 */
export class EngineSupervisor {
  private state: EngineState = 'idle';
  private launch?: ServerLaunch;
  private facts: ServerFacts = { devices: [] };
  private error?: EngineError;
  private crashTimes: number[] = [];
  private restarts = 0;
  private restartTimer?: NodeJS.Timeout;
  private waiters: Waiter[] = [];
  /** Bumped by stop(), so a launch that was mid-way when stop came does not go on. */
  private generation = 0;
  private reaping?: Promise<unknown>;
  private listeners = new Set<(status: EngineStatus) => void>();
  private readonly log: RotatingLog;
  private computeNote?: string;

  constructor(private readonly opts: SupervisorOptions) {
    this.computeNote = opts.computeNote;
    this.log = openRotatingLog(opts.logFile, { ...opts.log, redact: () => (this.launch ? [this.launch.apiKey] : []) });
  }

  /** http://127.0.0.1:PORT of the current launch (no /v1), or undefined when none runs. */
  get baseURL(): string | undefined {
    return this.launch && !this.launch.exit ? this.launch.baseURL : undefined;
  }

  /** The current launch's key, for callers in the main process that talk HTTP directly. */
  get apiKey(): string | undefined {
    return this.launch && !this.launch.exit ? this.launch.apiKey : undefined;
  }

  status(): EngineStatus {
    return {
      state: this.state,
      model: this.opts.model,
      mmproj: this.opts.mmproj,
      pid: this.launch && !this.launch.exit ? this.launch.pid : undefined,
      gpuLayers: this.facts.gpuLayers,
      totalLayers: this.facts.totalLayers,
      devices: this.facts.devices,
      compute: this.compute(),
      slots: this.facts.slots,
      contextSize: this.facts.contextPerSlot,
      vramBytes: this.facts.vramBytes,
      restarts: this.restarts,
      error: this.error,
    };
  }

  /** A GPU backend counts once the server put layers on its device; before that, and without, it is the CPU. */
  private compute(): EngineCompute | undefined {
    const backend = this.opts.backend;
    if (!backend) return undefined;
    const onGpu = backend !== 'cpu' && (this.facts.gpuLayers ?? 0) > 0;
    const compute: EngineCompute = { backend: onGpu ? backend.name : 'cpu' };
    if (this.computeNote) compute.note = this.computeNote;
    return compute;
  }

  /** Says why the engine is not using the GPU backend it loaded (see start-with-best-backend.ts). */
  setComputeNote(note: string): void {
    this.computeNote = note;
    this.emit();
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Up, coming back after a crash (starting, or a restart is scheduled), or down: stopped, never
   * started, or given up after too many crashes, with the reason from the server's own log.
   */
  availability(): { state: 'up' } | { state: 'restarting' } | { state: 'down'; reason: string } {
    if (this.state === 'ready') return { state: 'up' };
    if (this.state === 'starting' || this.restartTimer) return { state: 'restarting' };
    return { state: 'down', reason: this.error?.message ?? 'The local engine is not running. Start it in Models.' };
  }

  /** Starts the server and resolves once it is ready; rejects with the classified reason if it cannot. */
  async start(): Promise<void> {
    await this.reapOrphans();
    if (this.state === 'ready') return;
    if (this.state === 'starting' || this.restartTimer) {
      await this.waitForReady();
      return;
    }
    this.crashTimes = [];
    for (let attempt = 0; ; attempt++) {
      const launch = await this.launchOnce();
      if (launch) return;
      // Another process grabbed the port between our check and the server's bind: just try a new one.
      if (this.error?.code !== 'port_in_use' || attempt >= 2) break;
    }
    const stopped = this.state === 'stopping' || this.state === 'stopped';
    const err = stopped
      ? new EngineUnavailableError('The engine was stopped before it was ready.')
      : new EngineUnavailableError(this.error?.message ?? 'The engine did not start.', this.error);
    this.rejectWaiters(err);
    throw err;
  }

  /** Runs fn with a ready client. If the server died during the call, waits for the restart and retries once. */
  async request<T>(fn: (client: OpenAI) => Promise<T>): Promise<T> {
    const launch = await this.waitForReady();
    try {
      return await fn(launch.client);
    } catch (err) {
      if (!(await this.diedDuring(launch, err))) throw err;
      const next = await this.waitForReady();
      return fn(next.client);
    }
  }

  /** SIGTERM, then SIGKILL after stopTimeoutMs; resolves when no server process is left. */
  async stop(): Promise<void> {
    this.generation++;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const launch = this.launch;
    if (this.state === 'stopping' && launch) {
      await launch.exited;
    } else if (!launch || launch.exit) {
      if (this.state !== 'stopped') this.move('stop');
    } else {
      this.move('stop');
      await stopServer(launch, this.opts.stopTimeoutMs ?? 5_000);
    }
    this.rejectWaiters(new EngineUnavailableError('The engine was stopped.'));
  }

  /** Resolves with the ready launch; waits through starting and pending restarts. */
  private waitForReady(): Promise<ServerLaunch> {
    if (this.state === 'ready' && this.launch) return Promise.resolve(this.launch);
    if (this.state === 'starting' || this.restartTimer) {
      return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
    const message = this.state === 'crashed' ? (this.error?.message ?? 'The engine crashed.') : 'The engine is not running. Start it first.';
    return Promise.reject(new EngineUnavailableError(message, this.state === 'crashed' ? this.error : undefined));
  }

  /**
   * Whether the launch that served a failed call has died. A killed server shows up first as a
   * connection error and a moment later as the exit, so only connection errors wait for it.
   */
  private async diedDuring(launch: ServerLaunch, err: unknown): Promise<boolean> {
    if (launch.exit) return true;
    if (!isConnectionError(err)) return false;
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      launch.exited.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), 1_000);
      }),
    ]);
    clearTimeout(timer);
    return exited;
  }

  private async launchOnce(): Promise<ServerLaunch | undefined> {
    const generation = this.generation;
    this.error = undefined;
    this.facts = { devices: [] };
    const port = await findFreePort();
    if (generation !== this.generation) return undefined;
    const launch = launchServer(
      this.opts.binary,
      {
        model: this.opts.model,
        mmproj: this.opts.mmproj,
        contextSize: this.opts.contextSize ?? ENGINE_CONTEXT_SIZE,
        parallel: this.opts.parallel ?? ENGINE_PARALLEL,
        gpuLayers: this.opts.gpuLayers ?? 'auto',
        threads: this.opts.threads,
        alias: this.opts.alias,
        chatTemplateFile: this.opts.chatTemplateFile,
        imageMinTokens: this.opts.imageMinTokens,
        imageMaxTokens: this.opts.imageMaxTokens,
        port,
      },
      createLaunchKey(),
      this.log,
      { backendLibrary: typeof this.opts.backend === 'object' ? this.opts.backend.library : undefined, env: this.opts.serverEnv },
    );
    this.launch = launch;
    this.move('launch');
    void launch.exited.then(() => this.onExit(launch));
    const recorded = this.opts.recordDir
      ? recordLaunch(this.opts.recordDir, { pid: launch.pid, binary: this.opts.binary, port, exited: launch.exited }, (line) => this.logLine(line))
      : undefined;
    const loadTimeoutMs = this.opts.loadTimeoutMs ?? 120_000;
    const health = await waitForHealth(launch.baseURL, { timeoutMs: loadTimeoutMs, exited: launch.exited });
    await recorded;
    if (this.launch !== launch || this.state !== 'starting') return this.state === 'ready' ? launch : undefined;
    if (!health.ok) {
      if (health.reason === 'timeout') {
        this.error = describeLoadTimeout(this.opts, Math.round(loadTimeoutMs / 1000));
        launch.child.kill('SIGKILL');
        await launch.exited;
      }
      return undefined;
    }
    launch.ready = true;
    this.facts = { ...(await this.readProps(launch)), ...parseServerStartup(launch.startupLines) };
    this.move('healthy');
    const waiters = this.waiters.splice(0);
    waiters.forEach((w) => w.resolve(launch));
    return launch;
  }

  private async readProps(launch: ServerLaunch): Promise<Partial<ServerFacts>> {
    try {
      const res = await fetch(`${launch.baseURL}/props`, { headers: { Authorization: `Bearer ${launch.apiKey}` }, signal: AbortSignal.timeout(5_000) });
      return res.ok ? parseProps(await res.json()) : {};
    } catch (err) {
      this.log.write(`${new Date().toISOString()} [supervisor] /props unreadable: ${(err as Error).message}`);
      return {};
    }
  }

  private onExit(launch: ServerLaunch): void {
    if (launch !== this.launch) return;
    if (this.state === 'stopping') {
      this.move('exited');
      return;
    }
    if (this.state !== 'starting' && this.state !== 'ready') return;
    const wasServing = this.state === 'ready' || this.crashTimes.length > 0;
    this.error ??= classifyServerLog(launch.tail, launch.exit, this.opts, this.state === 'starting');
    this.log.write(`${new Date().toISOString()} [supervisor] ${this.error.code}: ${this.error.message}`);
    this.move('failed');
    // A failure on the very first load repeats on every try (bad file, no memory): report it instead.
    if (wasServing) this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const now = Date.now();
    this.crashTimes.push(now);
    const delay = planRestart(this.crashTimes, now, this.opts.restart ?? DEFAULT_RESTART_POLICY);
    if (delay === undefined) {
      // Given up: say so, with the last stop's own reason, so a paused job tells the owner why.
      const times = this.crashTimes.filter((t) => now - t <= (this.opts.restart ?? DEFAULT_RESTART_POLICY).windowMs).length;
      const last = this.error ?? { code: 'unknown' as const, message: 'The engine keeps stopping.' };
      this.error = { ...last, message: `The engine stopped ${times} times within a minute, so it is not restarted again. ${last.message}` };
      this.log.write(`${new Date().toISOString()} [supervisor] gave up restarting: ${this.error.message}`);
      this.rejectWaiters(new EngineUnavailableError(this.error.message, this.error));
      this.emit();
      return;
    }
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.restarts++;
      this.launchOnce().catch((err: Error) => {
        this.log.write(`${new Date().toISOString()} [supervisor] restart failed: ${err.message}`);
        this.rejectWaiters(new EngineUnavailableError(`The engine could not restart: ${err.message}`));
      });
    }, delay);
    this.emit();
  }

  /** Before a launch, so an orphan's memory and GPU are free again; concurrent start() calls share one pass. */
  private async reapOrphans(): Promise<void> {
    const dir = this.opts.recordDir;
    if (!dir || this.state === 'ready' || this.state === 'starting') return;
    this.reaping ??= reapOrphanedServers(dir, (line) => this.logLine(line)).finally(() => {
      this.reaping = undefined;
    });
    await this.reaping;
  }

  private logLine(line: string): void {
    this.log.write(`${new Date().toISOString()} [supervisor] ${line}`);
  }

  private rejectWaiters(err: Error): void {
    this.waiters.splice(0).forEach((w) => w.reject(err));
  }

  private move(event: EngineEvent): void {
    this.state = transitionEngineState(this.state, event);
    this.emit();
  }

  private emit(): void {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}
