/**
 * The worker threads of a run, shared between its stages: a build lints and renders in them, then indexes
 * its search shards in the same threads (each task names its module), instead of starting new ones.
 */
import type { Piscina } from 'piscina';
import { workerUrl } from '../paths.js';

/** piscina, loaded only by runs that use threads */
let Pool: typeof Piscina | undefined;
let pool: Piscina | undefined;
let users = 0;

function make(threads: number): Piscina {
  return new Pool!({ filename: workerUrl('lint'), maxThreads: threads, minThreads: threads, idleTimeout: 100 });
}

/** The shared pool (made on first use); releasePool() it when done. */
export async function acquirePool(threads: number): Promise<Piscina> {
  users++;
  Pool ??= (await import('piscina')).Piscina;
  pool ??= make(threads);
  return pool;
}

/** Done with the pool: when no one else holds it, its threads end. */
export async function releasePool(): Promise<void> {
  if (--users > 0 || !pool) return;
  const p = pool;
  pool = undefined;
  await p.destroy();
}

/** Keep the pool (if one is made) alive across stages, until the returned release. */
export function holdPool(): () => Promise<void> {
  users++;
  return releasePool;
}
