import { WaitTimeoutError } from "./errors.js";
import { sleep } from "./transport.js";

export interface WaitOptions<J> {
  /** Time between polls in ms (default 1000). */
  intervalMs?: number;
  /** Give up after this many ms with a {@link WaitTimeoutError} (default 300 000). */
  timeoutMs?: number;
  /** Aborts the wait (and the poll in flight) with the signal's reason. */
  signal?: AbortSignal;
  /** Called with every state polled, the final one included. */
  onPoll?: (job: J) => void;
}

interface JobLike {
  status: string;
  finishedAt?: string | null;
}

/**
 * Polls until the job is finished. A job counts as finished when its status is a known terminal one
 * or when it has a finishedAt, so a status this SDK does not know (added by a newer server) never
 * breaks the wait: it keeps polling while the job runs and returns once it finished.
 */
export async function waitForJob<J extends JobLike>(
  poll: (signal: AbortSignal | undefined) => Promise<J>,
  terminal: ReadonlySet<string>,
  what: string,
  options: WaitOptions<J>,
): Promise<J> {
  const interval = Math.max(0, options.intervalMs ?? 1000);
  const timeout = options.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeout;
  const { signal } = options;
  for (;;) {
    signal?.throwIfAborted();
    const job = await poll(signal);
    options.onPoll?.(job);
    if (terminal.has(job.status) || (job.finishedAt !== undefined && job.finishedAt !== null)) return job;
    const left = deadline - Date.now();
    if (left <= 0) throw new WaitTimeoutError(`${what} did not finish within ${timeout} ms (last status: ${job.status})`, job);
    await sleep(Math.min(interval, left), signal);
  }
}
