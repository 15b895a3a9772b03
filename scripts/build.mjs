// Bundles the CLI into dist/ with esbuild. One file per lazily loaded command (splitting),
// so `explain` never loads Yeoman and `create` loads it from one pre-linked file.
// `fly-import` (installs generators from npm with arborist/pacote/sigstore) is replaced by a
// stub: this CLI only runs its own bundled generators, and the real module costs ~0.2 s to load.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const stubFlyImport = {
  name: 'stub-fly-import',
  setup(b) {
    b.onResolve({ filter: /^fly-import$/ }, () => ({ path: 'fly-import', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: `const unavailable = () => { throw new Error('installing generators from npm is not supported by create-agent-backend'); };
export class FlyRepository { constructor(options = {}) { this.repositoryPath = options.repositoryPath ?? ''; } install() { unavailable(); } }
export const flyImport = unavailable;`,
      loader: 'js',
    }));
  },
};

// yeoman-environment reads its version from `../package.json` at run time; in the bundle that
// path would reach ours. Inline the real version so Yeoman's compatibility check stays honest.
const inlineYeomanVersion = {
  name: 'inline-yeoman-environment-version',
  setup(b) {
    b.onLoad({ filter: /yeoman-environment[\\/]dist[\\/]environment-base\.js$/ }, ({ path }) => {
      const { version } = JSON.parse(readFileSync('node_modules/yeoman-environment/package.json', 'utf8'));
      const source = readFileSync(path, 'utf8');
      const inlined = source.replace("require('../package.json').version", JSON.stringify(version));
      if (inlined === source) throw new Error('yeoman-environment no longer reads ../package.json: update scripts/build.mjs');
      return { contents: inlined, loader: 'js' };
    });
  },
};

// @yeoman/conflicter looks for a `.yo-resolve` in every folder above every written file and never
// remembers a miss: ~130 files × their ancestors ≈ 1,000 failing stat calls (~0.1 s) per generation.
// Remembering the miss, as its own code intends (it reads back `null`), changes nothing for us: our
// generators never write a `.yo-resolve` (docs/decisions/speed-generation.md).
const cacheYoResolveMiss = {
  name: 'cache-yo-resolve-miss',
  setup(b) {
    b.onLoad({ filter: /@yeoman[\\/]conflicter[\\/]dist[\\/]yo-resolve\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const patched = source.replace('        return undefined;\n    }\n}', '        this.groupedYoResolve.set(folder, null);\n        return undefined;\n    }\n}');
      if (patched === source) throw new Error('@yeoman/conflicter yo-resolve.js changed: update scripts/build.mjs');
      return { contents: patched, loader: 'js' };
    });
  },
};

// ts-morph (with TypeScript inside) and prettier's standalone build and plugins are the largest
// code the CLI loads. They go to dist/vendor/ as CommonJS files, pinned at build time like the
// rest of the bundle, so that src/compile-cache.ts can keep V8's compiled code for them between
// runs (Node 20 has no compile cache for ES modules). See docs/decisions/speed-generation.md.
const VENDORED = {
  'ts-morph': 'ts-morph',
  'prettier/standalone': 'prettier-standalone',
  'prettier/plugins/typescript': 'prettier-typescript',
  'prettier/plugins/estree': 'prettier-estree',
  'prettier/plugins/babel': 'prettier-babel',
  'prettier/plugins/markdown': 'prettier-markdown',
  'prettier/plugins/yaml': 'prettier-yaml',
};

const requireVendored = {
  name: 'require-vendored',
  setup(b) {
    const ids = new RegExp(`^(${Object.keys(VENDORED).map((id) => id.replace(/[/]/g, '\\/')).join('|')})$`);
    b.onResolve({ filter: ids }, ({ path }) => ({ path, namespace: 'vendored' }));
    // only our vendored files: chalk, say, imports a `./vendor/ansi-styles` of its own, which is bundled
    const files = new RegExp(`^\\./vendor/(${Object.values(VENDORED).join('|')})\\.cjs$`);
    b.onResolve({ filter: files }, ({ path }) => ({ path, external: true }));
    // an ES module with the package's named exports, so `import()` of it has them too
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, ({ path }) => {
      const names = Object.keys(createRequire(import.meta.url)(path)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
      return {
        contents: [
          `const vendored = require('./vendor/${VENDORED[path]}.cjs');`,
          'export default vendored.default ?? vendored;',
          ...names.map((name) => `export const ${name} = vendored.${name};`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** One CommonJS file per entry, for Node 20: the vendored packages and the formatting worker. */
const COMMONJS = {
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  logLevel: 'warning',
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...COMMONJS,
  entryPoints: Object.fromEntries(Object.entries(VENDORED).map(([id, file]) => [file, id])),
  outdir: 'dist/vendor',
});
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  sourcemap: false,
  logLevel: 'warning',
  // typescript (inside ts-morph and prettier's parsers) stays a separate, lazily loaded chunk
  plugins: [requireVendored, stubFlyImport, inlineYeomanVersion, cacheYoResolveMiss],
  external: process.env.BUILD_EXTERNAL ? process.env.BUILD_EXTERNAL.split(',') : [],
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join('\n'),
  },
});
// The formatting worker is a file of its own (a worker thread starts from a file): one CommonJS
// file, which a worker starts faster than an ES module graph (src/generate/background-format.ts).
await build({ ...COMMONJS, entryPoints: { 'format-worker': 'src/generate/format-worker.ts' }, outdir: 'dist', plugins: [requireVendored] });
