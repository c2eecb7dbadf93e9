'use strict';
// Entry of the sandbox's host process (see isolated-sandbox.ts): sets up TypeScript, then runs host.ts.
require('tsx/cjs/api').register();
require('./host.ts');
