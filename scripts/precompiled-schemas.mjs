// Compiles each schema in schemas/ into standalone ajv validator code at build time: an esbuild plugin
// turns every imported schemas/*.schema.json into a module that registers its validator, and puts a
// registry in place of src/document/schema-compile.ts. The bundles never load ajv's compiler nor
// compile a schema at start-up, and a validator sits in the chunk of the code that imports its schema.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = join(ROOT, 'src/document/schema-formats.ts');
const UCS2LENGTH = join(ROOT, 'src/document/ucs2length.ts');
// ajv's string-length helper, as standalone code names it; the bundles use src/document/ucs2length.ts,
// which counts the same and answers a string without surrogates without walking it.
const AJV_UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

const COMPILE = join(ROOT, 'src/document/schema-compile.ts');
const SCHEMA_FILE = /[\\/]schemas[\\/][^\\/]+\.schema\.json$/;

/** The ajv instance of src/document/schema-ajv.ts, set to emit standalone code (built once per build). */
async function standaloneAjv() {
  // The ajv settings live in src/document/schema-ajv.ts; bundle that module (ajv itself stays external,
  // so `_` below is the codegen of the very same ajv) and build the instance from it.
  const out = join(ROOT, '.tmp', `schema-ajv-${process.pid}.mjs`);
  await build({ entryPoints: [join(ROOT, 'src/document/schema-ajv.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
  const { createSchemaAjv } = await import(pathToFileURL(out).href);
  rmSync(out, { force: true });
  const { _ } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  // One instance per schema: esbuild loads the schemas in no fixed order, and the names ajv gives the
  // generated functions count up per instance, so a shared one would make every build differ.
  return (schema) => {
    const ajv = createSchemaAjv({ source: true, lines: false, formats: _`schemaFormats` });
    return standaloneCode(ajv, ajv.compile(schema)).replaceAll(AJV_UCS2LENGTH, 'ucs2length');
  };
}

/**
 * The ES module that stands for one schemas/*.schema.json: the schema as data, and its validator
 * precompiled and registered by $id. A validator is bundled with the code that imports its schema,
 * so a command that never reads an archive never loads (nor parses) the archive's validators.
 */
export function schemaModuleSource(schema, code) {
  if (!schema.$id) throw new Error(`a schema has no $id: precompiled validators are found by it`);
  return [
    `import { registerValidator } from ${JSON.stringify(COMPILE)};`,
    `import { schemaFormats } from ${JSON.stringify(FORMATS)};`,
    `import { ucs2length } from ${JSON.stringify(UCS2LENGTH)};`,
    // A string for JSON.parse: V8 reads it much faster than the same data written as an object literal.
    `const schema = JSON.parse(${JSON.stringify(JSON.stringify(schema))});`,
    // One self-contained CommonJS-style body, wrapped in a function: it is compiled on first use only.
    `registerValidator(schema.$id, () => {\n  const module = { exports: {} };\n  ${code}\n  return module.exports;\n});`,
    'export default schema;',
    '',
  ].join('\n');
}

/** The module that stands for src/document/schema-compile.ts in the bundles: a registry of precompiled validators. */
export const compileModuleSource = [
  'const factories = new Map();',
  'const validators = new Map();',
  '/** Called by each bundled schema module with its precompiled validator. */',
  'export function registerValidator(id, make) {',
  '  factories.set(id, make);',
  '}',
  'export function compileValidator(schema) {',
  '  let fn = validators.get(schema.$id);',
  '  if (fn) return fn;',
  '  const make = factories.get(schema.$id);',
  '  if (!make) throw new Error(`no precompiled validator for ${schema.$id}: import its schema file, and rebuild (npm run build) after adding a schema`);',
  '  validators.set(schema.$id, (fn = make()));',
  '  return fn;',
  '}',
  '',
].join('\n');

/** esbuild plugin: schemas/*.schema.json carry their precompiled validators, and src/document/schema-compile.ts becomes their registry. */
export function precompiledSchemas() {
  let compile;
  return {
    name: 'precompiled-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]document[\\/]schema-compile\.ts$/ }, () => ({ contents: compileModuleSource, loader: 'js', resolveDir: dirname(COMPILE) }));
      b.onLoad({ filter: SCHEMA_FILE }, async (args) => {
        compile ??= standaloneAjv();
        const schema = JSON.parse(readFileSync(args.path, 'utf8'));
        return { contents: schemaModuleSource(schema, (await compile)(schema)), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
