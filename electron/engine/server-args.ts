/** What the supervisor needs to launch one llama-server. */
export interface ServerConfig {
  model: string;
  /** The vision projector; without it the server answers image requests with 500. */
  mmproj?: string;
  /** Total context; llama-server splits it evenly across the slots. */
  contextSize: number;
  /** Slots, i.e. requests served at once. */
  parallel: number;
  /** 'auto' lets the server fit layers and context to free VRAM; a number forces it. */
  gpuLayers: 'auto' | number;
  /** Compute threads; defaults to one less than the cores so the app stays responsive. */
  threads?: number;
  port: number;
  /** The model name the server reports (otherwise it echoes the file path). */
  alias?: string;
  /** For catalog models whose GGUF has no usable chat template (images need media markers). */
  chatTemplateFile?: string;
  /** Image token limits for the model's projector; server-wide, from the catalog's request settings. */
  imageMinTokens?: number;
  imageMaxTokens?: number;
}

/** Environment variable names the supervisor sets; their values (the key) never reach argv. */
export const SERVER_ENV_NAMES = ['LLAMA_API_KEY'] as const;

/**
 * llama-server reads these prefixes as settings, and ggml loads the library GGML_BACKEND_PATH
 * names: inherited ones would silently change our launch.
 */
const SERVER_ENV_PREFIXES = ['LLAMA_ARG_', 'LLAMA_API_KEY', 'GGML_BACKEND_PATH'];

export function defaultThreadCount(cores: number): number {
  return Math.max(1, cores - 1);
}

/** The argv for llama-server (without the binary itself). Never includes the API key. */
export function buildServerArgs(config: ServerConfig, cores: number): string[] {
  const args = ['--model', config.model];
  if (config.mmproj) args.push('--mmproj', config.mmproj);
  args.push(
    '--host',
    '127.0.0.1',
    '--port',
    String(config.port),
    '--ctx-size',
    String(config.contextSize),
    '--parallel',
    String(config.parallel),
    '--threads',
    String(config.threads ?? defaultThreadCount(cores)),
  );
  // A forced layer count must not be second-guessed by --fit, which would lower it to fit VRAM.
  if (config.gpuLayers === 'auto') args.push('--gpu-layers', 'auto', '--fit', 'on');
  else args.push('--gpu-layers', String(config.gpuLayers), '--fit', 'off');
  // Level 4 (trace) is where llama.cpp prints what it chose: offloaded layers, devices, buffer
  // sizes. The default (3) hides them, and the status needs them. About 30 lines per request.
  args.push('--no-webui', '--verbosity', '4');
  if (config.alias) args.push('--alias', config.alias);
  if (config.chatTemplateFile) args.push('--chat-template-file', config.chatTemplateFile);
  if (config.imageMinTokens) args.push('--image-min-tokens', String(config.imageMinTokens));
  if (config.imageMaxTokens) args.push('--image-max-tokens', String(config.imageMaxTokens));
  return args;
}

/**
 * The child's environment: ours minus any inherited llama-server settings, plus the launch key
 * and, for a backend-DL build, the one GPU backend library this launch loads (ggml loads the CPU
 * backend from beside the executable by itself).
 */
export function buildServerEnv(parent: NodeJS.ProcessEnv, apiKey: string, backendLibrary?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (!SERVER_ENV_PREFIXES.some((p) => name.startsWith(p))) env[name] = value;
  }
  env.LLAMA_API_KEY = apiKey;
  if (backendLibrary) env.GGML_BACKEND_PATH = backendLibrary;
  return env;
}
