import type { Plugin } from 'esbuild';

/** The ES module source of validators for every schemas/*.schema.json, keyed by $id, with compileValidator(schema). */
export function precompiledSchemasSource(): Promise<string>;
/** esbuild plugin: src/document/schema-compile.ts becomes the precompiled validators. */
export function precompiledSchemas(): Plugin;
