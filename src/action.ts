import { run } from './github/run.js';

void run();
