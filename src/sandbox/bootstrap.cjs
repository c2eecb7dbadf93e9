'use strict';
// Entry of the sandbox worker thread. Plain JavaScript, because TypeScript support is what it sets up:
// tsx compiles the kata's files on the fly, with the repository's tsconfig (for the `@kit` path).
// Learner code that imports 'async-mutex' gets the explorer-controlled shim instead.
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..', '..');
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();

const shim = path.join(__dirname, 'async-mutex-shim.ts');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'async-mutex' ? shim : request, ...rest);
};

require('./worker.ts');
