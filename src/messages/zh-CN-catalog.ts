import { zhCN, type Catalog } from './zh-CN.js';

/**
 * The Chinese catalog. English runs never need it: the CLI's bundles put it in a file of its own
 * (build.mjs) and load it on this first call, so an English start does not compile it.
 */
export function zhCNCatalog(): Catalog {
  return zhCN;
}
