import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/catalog';

/**
 * Tools that judge in-process (bench, soak) must judge async-mutex code as the sandbox does: with the shim the
 * explorer controls, not the real library. Checked in a child process, because the redirect is Node's module
 * resolution, which jest's own module registry does not go through.
 */
test('judging in-process makes async-mutex the explorer-controlled shim, as in the sandbox', () => {
  const script = [
    `const { judgeInProcess } = require(${JSON.stringify(join(repoRoot, 'src/instrument/in-process.ts'))});`,
    `const before = require.resolve('async-mutex');`,
    `judgeInProcess();`,
    `const after = require.resolve('async-mutex');`,
    `console.log(JSON.stringify({ before: before.includes('node_modules'), after }));`,
  ].join('\n');
  const out = execFileSync(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.json') },
    encoding: 'utf8',
  });
  expect(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')).toEqual({ before: true, after: join(repoRoot, 'src/sandbox/async-mutex-shim.ts') });
});
