import type { ChainHead } from './layout.js';
import { chainHeadAfterOutcome, outcomePath, type OutcomeRecord } from './outcome-record.js';
import type { AnyRecord } from './formats.js';
import { renderRecordWithOutcomes } from './render.js';

/**
 * Every file one outcome writes (repository paths): the outcome record beside its upgrade record,
 * the upgrade's Markdown with all its outcomes (a view: the JSON records are never rewritten), and
 * the chain head. `earlier` are the upgrade's outcomes before this one, in chain order.
 */
export function outcomeFiles(folder: string, upgradeFile: string, upgrade: AnyRecord, earlier: OutcomeRecord[], record: OutcomeRecord, chain: ChainHead): Array<{ path: string; content: string }> {
  const file = `${folder}/${outcomePath(upgradeFile, earlier.length + 1)}`;
  return [
    { path: file, content: `${JSON.stringify(record, null, 2)}\n` },
    { path: `${folder}/${upgradeFile.replace(/\.json$/, '.md')}`, content: renderRecordWithOutcomes(upgrade, [...earlier, record]) },
    { path: `${folder}/chain-head.json`, content: `${JSON.stringify(chainHeadAfterOutcome(chain, record, file), null, 2)}\n` },
  ];
}
