'use strict';
// Entry of the sandbox worker thread. Plain JavaScript, because TypeScript support is what it sets up:
// tsx compiles the workbook's own files on the fly, with the repository's tsconfig (for the `@kit` path);
// judged files (learner files, solutions, mutants) are instrumented first, so every continuation in them is
// a scheduling point. Learner code that imports 'async-mutex' gets the explorer-controlled shim instead.
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..', '..');
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();
require('../instrument/loader.ts').registerInstrumentation(root);
require('../instrument/runtime.ts').installInstrumentRuntime();

// Node's documented module hooks where this Node has them (22.15 and later); Node 20 has none, so there the
// resolver is wrapped instead, which is what tsx itself does.
const shim = path.join(__dirname, 'async-mutex-shim.ts');
if (typeof Module.registerHooks === 'function') {
  const { pathToFileURL } = require('node:url');
  const shimUrl = pathToFileURL(shim).href;
  Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      return specifier === 'async-mutex' ? { url: shimUrl, shortCircuit: true } : nextResolve(specifier, context);
    },
  });
} else {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return resolveFilename.call(this, request === 'async-mutex' ? shim : request, ...rest);
  };
}

require('./worker.ts');
