/**
 * The worker threads of a run, shared between its stages: a build lints and renders in them, then indexes
 * its search shards in the same threads (each task names its module), instead of starting new ones.
 * Piscina is loaded only when threads are used: a warm or one-file run does not pay for it.
 */
import type { Piscina } from 'piscina';

let pool: Piscina | undefined;
let users = 0;

/** The shared pool (made on first use); release() it when done. */
export async function acquirePool(threads: number): Promise<Piscina> {
  users++;
  if (!pool) {
    const { Piscina } = await import('piscina');
    pool ??= new Piscina({ filename: new URL('./lint/worker.js', import.meta.url).href, maxThreads: threads, minThreads: threads, idleTimeout: 100 });
  }
  return pool;
}

/** Done with the pool: when no one else holds it, its threads end. */
export async function releasePool(): Promise<void> {
  if (--users > 0 || !pool) return;
  const p = pool;
  pool = undefined;
  await p.destroy();
}

/** Keep the pool alive across stages (between a hold() and the returned release). */
export function holdPool(): () => Promise<void> {
  users++;
  return releasePool;
}
