'use strict';
// Entry of the sandbox worker thread. Plain JavaScript, because TypeScript support is what it sets up:
// tsx compiles the workbook's own files on the fly, with the repository's tsconfig (for the `@kit` path);
// judged files (learner files, solutions, mutants) are instrumented first, so every continuation in them is
// a scheduling point. Learner code that imports 'async-mutex' gets the explorer-controlled shim instead.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
require('tsx/cjs/api').register();
require('../instrument/loader.ts').registerInstrumentation(root);
require('../instrument/runtime.ts').installInstrumentRuntime();

require('./redirect-async-mutex.ts').redirectAsyncMutex();

require('./worker.ts');
