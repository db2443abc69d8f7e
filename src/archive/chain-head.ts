// The chain head alone, apart from the record formats: a pull request's evaluation reads it for the
// emergency budget and never loads the archive's formats and their validators.
import { GateError } from '../messages/log-catalog.js';

/** The one file that names the newest record of the chain, and this month's emergencies for the budget rule. */
export interface ChainHead {
  format: 'upgrade-gate/archive-chain-head/v1';
  sequence: number;
  sha256: string;
  path: string;
  merged_at: string;
  /** "YYYY-MM" (policy zone) → the emergency upgrades merged that month. */
  emergencies: Record<string, Array<{ pr: number; id: string; mergedAt: string; path: string }>>;
}

/** Name of the chain-head file inside the archive folder. */
export const CHAIN_HEAD = 'chain-head.json';

/** A chain head that cannot be trusted; whoever reads it must stop rather than count from nothing. */
export class ChainHeadError extends GateError {
  constructor(
    readonly file: string,
    /** Not JSON at all (with the parser's detail), or JSON that is no chain head. */
    kind: 'json' | 'shape',
    detail = '',
  ) {
    super((t) => (kind === 'json' ? t['chain-head.unreadable']({ file, detail }) : t['chain-head.not-chain-head']({ file })));
  }
}

/**
 * The one reader of the chain head: undefined when there is none yet, the head when it is well formed,
 * and a ChainHeadError (fail closed) when it is not: a budget must never count 0 from a broken head.
 */
export function parseChainHead(text: string | undefined, file: string): ChainHead | undefined {
  if (text === undefined) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch (err) {
    throw new ChainHeadError(file, 'json', (err as Error).message);
  }
  const h = head as Partial<ChainHead> | null;
  const emergenciesOk = h?.emergencies === undefined || (typeof h.emergencies === 'object' && h.emergencies !== null && Object.values(h.emergencies).every(Array.isArray));
  if (!h || typeof h !== 'object' || typeof h.format !== 'string' || !h.format.startsWith('upgrade-gate/archive-chain-head/') || typeof h.sequence !== 'number' || typeof h.sha256 !== 'string' || !emergenciesOk) {
    throw new ChainHeadError(file, 'shape');
  }
  return { ...h, emergencies: h.emergencies ?? {} } as ChainHead;
}
