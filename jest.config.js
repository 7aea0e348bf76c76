// Unit specs live beside the code (src/**/*.spec.ts); end-to-end specs in test/ boot the whole app.
//
// NestJS 12 ships as ES modules only. Node 20.19+ require()s them natively, but Jest's own module loader
// does not, and it has no dynamic import() outside --experimental-vm-modules. So Jest compiles those
// packages (and our TypeScript) to CommonJS with SWC: the ESM-only ones, and PGlite, whose CommonJS build
// loads its parts with import(). Add to the list when a package fails with "Must use import" or
// "A dynamic import callback was invoked".
// file-type and its ESM-only dependency chain (strtok3 -> @tokenizer/inflate -> token-types -> @borewit/text-codec,
// and uint8array-extras). exifreader ships a UMD build and needs nothing.
const COMPILED_PACKAGES = [
  '@nestjs',
  '@electric-sql',
  'uid',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer/inflate',
  '@borewit/text-codec',
];

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax, importMeta: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: false },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.[cm]?js$': swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(${COMPILED_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  // Real PGlite/PostgreSQL work on a 2-core CI box: starting PGlite alone takes ~3 s, more while the other
  // worker is busy, so Jest's 5 s default makes a slow machine look like broken code. (A global option:
  // Jest ignores it inside a project.)
  testTimeout: 30_000,
  projects: [
    { ...shared, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', rootDir: __dirname, testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
