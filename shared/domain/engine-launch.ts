/**
 * What the app launches llama-server with: --ctx-size is the total context, split evenly across
 * --parallel slots. Memory estimates read these too, so they describe the server that really runs.
 */
export const ENGINE_CONTEXT_SIZE = 8192;
export const ENGINE_PARALLEL = 2;
