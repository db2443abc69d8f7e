import { afterEach, beforeEach, expect } from 'vitest';
import { seedMain } from '../emulator/seed.js';
import { GitHubEmulator } from '../emulator/server.js';

/** A fresh emulator per test, seeded with the examples on main; each test must end with no OpenAPI violation. */
export function useEmulator(): { emu: GitHubEmulator; api: string; main: string } {
  const state = {} as { emu: GitHubEmulator; api: string; main: string };
  beforeEach(async () => {
    state.emu = new GitHubEmulator();
    state.api = await state.emu.start();
    state.main = seedMain(state.emu);
    // The first start compiles GitHub's response schemas: slow on a loaded machine, once per file.
  });
  afterEach(async () => {
    await state.emu.stop();
    expect(state.emu.violations, JSON.stringify(state.emu.violations, null, 1).slice(0, 3000)).toEqual([]);
  });
  return state;
}
