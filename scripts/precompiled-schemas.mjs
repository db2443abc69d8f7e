// Compiles every schema in schemas/ into standalone ajv validator code at build time, and an esbuild
// plugin that puts that code in place of src/document/schema-compile.ts, so that the bundles never
// load ajv's compiler nor compile a schema at start-up.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = join(ROOT, 'src/document/schema-formats.ts');

/** The ES module source of validators for every schemas/*.schema.json, keyed by $id, with compileValidator(schema). */
export async function precompiledSchemasSource() {
  // The ajv settings live in src/document/schema-ajv.ts; bundle that module (ajv itself stays external,
  // so `_` below is the codegen of the very same ajv) and build the instance from it.
  const out = join(ROOT, '.tmp', `schema-ajv-${process.pid}.mjs`);
  await build({ entryPoints: [join(ROOT, 'src/document/schema-ajv.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
  const { createSchemaAjv } = await import(pathToFileURL(out).href);
  rmSync(out, { force: true });
  const { _ } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = createSchemaAjv({ source: true, lines: false, formats: _`schemaFormats` });
  const factories = [];
  for (const file of readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json')).sort()) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
    if (!schema.$id) throw new Error(`schemas/${file} has no $id: precompiled validators are found by it`);
    // One self-contained CommonJS-style body per schema, wrapped in a function: a run parses the
    // code of the schemas it never uses only lightly and never executes it.
    const body = standaloneCode(ajv, ajv.compile(schema));
    factories.push(`  ${JSON.stringify(schema.$id)}: () => {\n    const module = { exports: {} };\n    ${body}\n    return module.exports;\n  },`);
  }
  return [
    `import { schemaFormats } from ${JSON.stringify(FORMATS)};`,
    'const factories = {',
    ...factories,
    '};',
    'const validators = new Map();',
    'export function compileValidator(schema) {',
    '  const make = factories[schema.$id];',
    '  if (!make) throw new Error(`no precompiled validator for ${schema.$id}: rebuild (npm run build) after adding a schema`);',
    '  let fn = validators.get(schema.$id);',
    '  if (!fn) validators.set(schema.$id, (fn = make()));',
    '  return fn;',
    '}',
    '',
  ].join('\n');
}

/** esbuild plugin: src/document/schema-compile.ts becomes the precompiled validators. */
export function precompiledSchemas() {
  let source;
  return {
    name: 'precompiled-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]document[\\/]schema-compile\.ts$/ }, async (args) => {
        source ??= precompiledSchemasSource();
        return { contents: await source, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
