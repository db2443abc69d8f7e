import * as nodeModule from 'node:module';

/**
 * Turns on Node's on-disk compile cache where the runtime has it (Node 22.1+), so a second start
 * reuses the compiled bundle instead of compiling it again; older runtimes start as before.
 * Called by the entry files before they import the rest, which is what the cache then covers.
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // A read-only or missing cache folder only costs speed.
  }
}
