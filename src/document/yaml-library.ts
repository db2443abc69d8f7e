import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// The position-keeping YAML parser is needed only for a document the fast path refuses or cannot
// locate in: it is loaded then, synchronously, so a clean document never pays for reading it. The
// bundles put the library in a file of its own (build.mjs) and load it from there.
let library: typeof Yaml | undefined;

/** The `yaml` library, loaded on first use. */
export function yamlLibrary(): typeof Yaml {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
