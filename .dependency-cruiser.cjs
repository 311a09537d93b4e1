// The layer rule of DESIGN.md, enforced on every `npm test`: an arrow means "may import".
//   cli/, http/ -> app/ -> core/ ; app/ -> import/ -> core/ ; app/ -> store/ -> core/ ; core/ imports nothing with I/O.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ holds pure functions: no node:* modules, no I/O, no database, no shell, no other layer.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: '^src/core/',
      },
    },
    {
      name: 'import-reads-bytes-only',
      comment: 'import/ turns bytes into rows: it may use core/ and parsing libraries, never the store, the app, fs or the shells.',
      severity: 'error',
      from: { path: '^src/import/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(store|app|cli|http)/|^(node:)?(fs|fs/promises|path|child_process|net|http|https)$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'store-knows-only-core',
      comment: 'store/ is the only place that knows SQL; it may use core/ types, nothing above it.',
      severity: 'error',
      from: { path: '^src/store/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(import|app|cli|http)/' },
    },
    {
      name: 'app-not-shells',
      comment: 'app/ orchestrates use cases; the shells call it, never the other way round.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(cli|http)/' },
    },
    {
      name: 'shells-go-through-app',
      comment: 'cli/ and http/ are thin: they call app/ use cases, not the store or importers directly.',
      severity: 'error',
      from: { path: '^src/(cli|http)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(store|import)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs'] },
  },
};
