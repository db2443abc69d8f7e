import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

/** The Octokit the Action talks to GitHub with. */
export type Octokit = ReturnType<typeof getOctokit>;

/** Every REST call a run made, for the log and for tests that keep API use low. */
export interface CallLog {
  calls: Array<{ method: string; url: string; status?: number }>;
}

const MAX_THROTTLE_RETRIES = 3;

/**
 * Writes stay serial, but 50 ms apart instead of the plugin's 1 s: a run makes at most a handful,
 * and the archive's tree → commit → ref sequence must be quick so racing merges rarely collide.
 */
const writeLimiter = new Bottleneck.Group({ id: 'upgrade-gate-write', maxConcurrent: 1, minTime: 50 });

/**
 * An Octokit with retries (5xx, 429) and rate-limit handling (primary and secondary, honouring
 * retry-after), against GITHUB_API_URL as the runner sets it, counting each request it sends.
 */
export function createOctokit(token: string, log: CallLog): Octokit {
  const octokit = getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      throttle: {
        write: writeLimiter,
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1})`);
          return retryCount < MAX_THROTTLE_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1})`);
          return retryCount < MAX_THROTTLE_RETRIES;
        },
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    },
    retry,
    throttling,
  );
  octokit.hook.wrap('request', async (request, options) => {
    const entry: CallLog['calls'][number] = { method: options.method, url: options.url };
    log.calls.push(entry);
    try {
      const response = await request(options);
      entry.status = response.status;
      return response;
    } catch (err) {
      entry.status = (err as { status?: number }).status;
      throw err;
    }
  });
  return octokit;
}
