import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/catalog';

/**
 * Tools that judge in-process (bench, soak) must judge async-mutex code as the sandbox does: with the shim the
 * explorer controls, not the real library. Checked in a child process, because the redirect is Node's module
 * loading, which jest's own module registry does not go through. The importing file lies outside the
 * repository, where the bare name does not resolve at all without the redirect (the sandbox redirects it for
 * learner files anywhere). What `require` loads is compared, not `require.resolve`: Node 22's
 * `require.resolve` does not run `Module.registerHooks` resolve hooks, although loading does.
 */
test('judging in-process makes async-mutex the explorer-controlled shim, as in the sandbox', () => {
  const script = [
    `const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');`,
    `const { join } = require('node:path');`,
    `const dir = mkdtempSync(join(require('node:os').tmpdir(), 'kata-redirect-'));`,
    `const importer = (name) => { const file = join(dir, name); writeFileSync(file, "module.exports = require('async-mutex');"); return file; };`,
    `let before = 'loaded';`,
    `try { require(importer('before.cjs')); } catch { before = 'not found'; }`,
    `require(${JSON.stringify(join(repoRoot, 'src/instrument/in-process.ts'))}).judgeInProcess();`,
    `const shim = require(${JSON.stringify(join(repoRoot, 'src/sandbox/async-mutex-shim.ts'))});`,
    `const after = require(importer('after.cjs')).Mutex === shim.Mutex ? 'the shim' : 'something else';`,
    `rmSync(dir, { recursive: true, force: true });`,
    `console.log(JSON.stringify({ before, after }));`,
  ].join('\n');
  const out = execFileSync(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.json') },
    encoding: 'utf8',
  });
  expect(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')).toEqual({ before: 'not found', after: 'the shim' });
});
