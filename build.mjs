// Bundles the Action and the CLI into action/ (committed; CI checks they match a fresh build).
// Code splitting: each entry is a small file, and what a command or an event needs is loaded from
// action/chunks/ when it is needed, so a start compiles only the code it runs.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { precompiledSchemas } from './scripts/precompiled-schemas.mjs';

// ESM bundles of CommonJS dependencies (tunnel, ajv) call require(); give them a real one.
const banner = {
  js: "import { createRequire as __ugCreateRequire } from 'node:module';\nconst require = __ugCreateRequire(import.meta.url);",
};

/**
 * @actions/core imports its OIDC client, and with it @actions/http-client and undici (700 kB), at
 * load time, though nothing here asks for an OIDC token. Their modules do nothing on import but
 * define things, so they are marked free of side effects and esbuild leaves out what is unused.
 */
const unusedActionsCode = {
  name: 'unused-actions-code',
  setup(b) {
    b.onResolve({ filter: /^@actions\/(core|http-client)($|\/)|^\./ }, async (args) => {
      if (args.pluginData === 'unused-actions-code') return undefined;
      if (
        !args.path.startsWith('@actions/') &&
        !/node_modules[\\/]@actions[\\/](core|http-client)[\\/]/.test(args.importer)
      )
        return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'unused-actions-code',
      });
      if (r.errors.length > 0) return { errors: r.errors };
      return /node_modules[\\/]@actions[\\/](core|http-client)[\\/]/.test(r.path) ? { ...r, sideEffects: false } : r;
    });
  },
};

/**
 * The position-keeping YAML parser (`yaml`) is required synchronously the first time a document needs
 * it (src/document/yaml-library.ts): in the bundles it comes from a CommonJS file of its own, built
 * below, so a start that reads only clean documents never compiles it.
 */
const YAML_LIBRARY = 'yaml-library.cjs';
const yamlLibraryFile = {
  name: 'yaml-library-file',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]document[\\/]yaml-library\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module';",
        'let library;',
        // Chunks sit in action/chunks/, the entries in action/: the file is found from either.
        `const file = import.meta.url.includes('/chunks/') ? './${YAML_LIBRARY}' : './chunks/${YAML_LIBRARY}';`,
        'export function yamlLibrary() {',
        '  return (library ??= createRequire(import.meta.url)(file));',
        '}',
      ].join('\n'),
    }));
  },
};

// Chunk names carry a content hash: start from an empty folder so no stale chunk stays behind.
await rm('action/chunks', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: 'action',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
  // Schemas are compiled here, once, instead of at every start of the Action or the CLI.
  plugins: [precompiledSchemas(), unusedActionsCode, yamlLibraryFile],
});
await build({
  entryPoints: ['node_modules/yaml/dist/index.js'],
  outfile: `action/chunks/${YAML_LIBRARY}`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
});

// npm installs bin files executable; keep the committed one the same so a fresh build changes nothing.
await chmod('action/cli.js', 0o755);
