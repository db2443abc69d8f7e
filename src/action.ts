import { enableCompileCache } from './startup.js';

enableCompileCache();
// The Action's code loads after the compile cache is on.
const { run } = await import('./github/run.js');
void run();
