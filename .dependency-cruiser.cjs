// The layers of src/, top to bottom (README "Layout"): a module may import its own layer or any layer
// below it, never one above. `npm run deps` checks it; CI runs it.
const LAYERS = [
  ['entry', '^src/[^/]+[.]ts$'],
  ['cli', '^src/cli/'],
  ['github', '^src/github/'],
  ['setup', '^src/setup/'],
  ['archive', '^src/archive/'],
  ['report', '^src/report/'],
  ['policy', '^src/policy/'],
  ['document', '^src/document/'],
  ['codeowners', '^src/codeowners/'],
  ['time', '^src/time/'],
  ['messages', '^src/messages/'],
];

const upward = LAYERS.slice(1).map(([name, path], i) => ({
  name: `${name}-imports-up`,
  comment: `${name} sits below ${LAYERS.slice(0, i + 1).map(([n]) => n).join(', ')} and must not import them`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(0, i + 1).map(([, p]) => p).join('|') },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'modules that import each other cannot be understood or tested one at a time',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-imports-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '[.]types[.]ts$' },
  },
};
