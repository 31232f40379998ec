/**
 * A separate process that runs one job of the queue, for the crash tests: the parent kills it with
 * SIGKILL at chosen moments and starts it again. Prints one JSON line per event on stdout.
 *   node --import tsx queue-child.ts <library.sqlite> <jobId> <concurrency>
 * With QUEUE_CHILD_LLAMA_URL and QUEUE_CHILD_LLAMA_KEY set it asks the tiny model; otherwise a
 * deterministic processor that takes QUEUE_CHILD_ITEM_MS per item.
 */
import { openDatabase } from '../../../../electron/db/open-database';
import { createJobQueue } from '../../../../electron/queue/job-queue';
import { deterministicProcessor } from './deterministic-processor';
import { tinyModelProcessor } from './tiny-model-processor';

const [file, jobIdText, concurrencyText] = process.argv.slice(2);
const say = (event: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};

const db = openDatabase(file!);
const queue = createJobQueue(db);
const hooks = { onStart: (productId: number) => say({ event: 'start', productId }) };
const processor =
  process.env.QUEUE_CHILD_LLAMA_URL && process.env.QUEUE_CHILD_LLAMA_KEY
    ? tinyModelProcessor(process.env.QUEUE_CHILD_LLAMA_URL, process.env.QUEUE_CHILD_LLAMA_KEY, hooks)
    : deterministicProcessor(Number(process.env.QUEUE_CHILD_ITEM_MS ?? 50), hooks);

say({ event: 'ready', recovered: queue.recover(Number(jobIdText)) });
const outcome = await queue.run(Number(jobIdText), {
  processor,
  concurrency: Number(concurrencyText),
  itemTimeoutMs: 60_000,
  onProgress: (p) => say({ event: 'progress', ...p }),
});
say({ event: 'finished', outcome });
db.close();
