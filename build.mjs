// Bundles the Action and the CLI into action/ (committed; CI checks they match a fresh build).
// The Action (action/index.mjs) is ES modules with code splitting: a small entry that loads, from
// action/chunks/, only what the event needs. The CLI (action/cli.js) is CommonJS, which Node starts
// without its ES module loader (about 30 ms sooner): a small dispatcher, and a bundle of its own for
// each command in action/commands/, so a start compiles only the command it runs.
import { build } from 'esbuild';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { precompiledSchemas } from './scripts/precompiled-schemas.mjs';

// ESM bundles of CommonJS dependencies (tunnel, ajv) call require(); give them a real one.
const banner = {
  js: "import { createRequire as __ugCreateRequire } from 'node:module';\nconst require = __ugCreateRequire(import.meta.url);",
};
// In a CommonJS bundle, import.meta.url is the bundle file's own URL: the verify worker runs its file.
// The directive comes first, so the bundle stays strict code as the ES modules it is built from were.
const cjsBanner = {
  js: '"use strict";\nconst __ugModuleUrl = require(\'node:url\').pathToFileURL(__filename).href;',
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
        // The file sits in action/chunks/: found from the chunks there, from the CLI's commands in
        // action/commands/ and from the Action's entry in action/ (by the bundle file's own folder).
        `const here = import.meta.url;`,
        `const file = /\\/(chunks|commands)\\/[^/]*$/.test(here) ? '../chunks/${YAML_LIBRARY}' : './chunks/${YAML_LIBRARY}';`,
        'export function yamlLibrary() {',
        '  return (library ??= createRequire(here)(file));',
        '}',
      ].join('\n'),
    }));
  },
};

/** Modules the CLI loads at run time from a bundle file of their own, by the source file importing them. */
const separateFiles = (name, map) => ({
  name,
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      const to = map(args.importer.replace(/\\/g, '/'), args.path);
      return to ? { path: to, external: true } : undefined;
    });
  },
});
const COMMANDS = ['validate', 'owners', 'archive-commands', 'doctor', 'simulate', 'help-command'];
// The dispatcher requires each command's bundle when the command runs.
const commandFiles = separateFiles('command-files', (importer, path) => {
  const name = path.slice(2, -3);
  return importer.endsWith('/src/cli/main.ts') && COMMANDS.includes(name) ? `./commands/${name}.cjs` : undefined;
});
// verify's worker threads run the file that examines records, which verify requires beside itself.
const examineFile = separateFiles('examine-file', (importer, path) =>
  importer.endsWith('/src/archive/verify.ts') && path === './examine-parallel.js'
    ? './examine-parallel.cjs'
    : undefined,
);

/**
 * Code a command needs only now and then, in a file of its own beside the commands: the help text
 * (a wrong option, --help) and the Chinese catalog (a Chinese run), each behind a stub that requires
 * its file on the first call of its one function, and the glob library (a glob or a folder of
 * documents), which the source already imports only when needed.
 */
const OCCASIONAL = [
  {
    spec: /^\.\.\/messages\/help\.js$/,
    from: /[\\/]src[\\/]cli[\\/][^\\/]+\.ts$/,
    file: 'help',
    source: 'src/messages/help.ts',
    call: 'helpText',
  },
  {
    spec: /^\.\/zh-CN-catalog\.js$/,
    from: /[\\/]src[\\/]messages[\\/]index\.ts$/,
    file: 'zh-CN',
    source: 'src/messages/zh-CN-catalog.ts',
    call: 'zhCNCatalog',
  },
];
const GLOB = 'tinyglobby.cjs';
const occasionalFiles = {
  name: 'occasional-files',
  setup(b) {
    b.onResolve({ filter: /^tinyglobby$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${GLOB}`, external: true } : undefined,
    );
    for (const { spec, from, file, call } of OCCASIONAL) {
      b.onResolve({ filter: spec }, (args) =>
        from.test(args.importer) ? { path: file, namespace: 'occasional' } : undefined,
      );
      b.onLoad({ filter: new RegExp(`^${file}$`), namespace: 'occasional' }, () => ({
        loader: 'js',
        contents: [
          "import { createRequire } from 'node:module';",
          'let loaded;',
          `export const ${call} = (...args) => (loaded ??= createRequire(import.meta.url)('./${file}.cjs')).${call}(...args);`,
        ].join('\n'),
      }));
    }
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
};
// import() of another bundle file becomes require(): an ES module import would start Node's ES module loader
// and scan the CommonJS file for its exports, the cost this build avoids.
const cjs = {
  ...common,
  format: 'cjs',
  banner: cjsBanner,
  define: { 'import.meta.url': '__ugModuleUrl' },
  supported: { 'dynamic-import': false },
};

// Chunk names carry a content hash: start from empty folders so no stale file stays behind.
await rm('action', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { index: 'src/action.ts' },
  outdir: 'action',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  format: 'esm',
  banner,
  // Schemas are compiled here, once, instead of at every start of the Action or the CLI.
  plugins: [precompiledSchemas(), unusedActionsCode, yamlLibraryFile],
});
await build({ ...cjs, entryPoints: ['src/cli.ts'], outfile: 'action/cli.js', plugins: [commandFiles] });
await build({
  ...cjs,
  entryPoints: [
    ...COMMANDS.map((name) => ({ in: `src/cli/${name}.ts`, out: name })),
    { in: 'src/archive/examine-parallel.ts', out: 'examine-parallel' },
    ...OCCASIONAL.map(({ source, file }) => ({ in: source, out: file })),
    { in: 'node_modules/tinyglobby/dist/index.mjs', out: 'tinyglobby' },
  ],
  outdir: 'action/commands',
  outExtension: { '.js': '.cjs' },
  plugins: [precompiledSchemas(), unusedActionsCode, yamlLibraryFile, examineFile, occasionalFiles],
});
await build({
  ...common,
  entryPoints: ['node_modules/yaml/dist/index.js'],
  outfile: `action/chunks/${YAML_LIBRARY}`,
  format: 'cjs',
});
// The folder's own package.json: its .js files (the CLI) are CommonJS, whatever the project's type.
await writeFile('action/package.json', '{\n  "type": "commonjs"\n}\n');

// npm installs bin files executable; keep the committed one the same so a fresh build changes nothing.
await chmod('action/cli.js', 0o755);
