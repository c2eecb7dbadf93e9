import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileOwn } from '../../src/instrument/loader';

/** The sandbox compiles the workbook's own TypeScript itself, so that its hot paths pay no `keepNames` wrapping. */
describe('compileOwn', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'compile-own-'));
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('compiles to CommonJS without wrapping named closures, and runs', () => {
    const file = join(root, 'own.ts');
    writeFileSync(file, 'export function twice(x: number): number {\n  const double = (y: number): number => y * 2;\n  return double(x);\n}\n');
    const code = compileOwn(file, root) ?? '';
    expect(code).not.toContain('__name');
    const module = { exports: {} as { twice?: (x: number) => number } };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the compiled text is what is tested
    const evaluate = new Function('exports', 'module', code) as (exports: unknown, module: unknown) => void;
    evaluate(module.exports, module);
    expect(module.exports.twice?.(21)).toBe(42);
  });

  test('leaves a file esbuild rejects to tsx (undefined), which reports the error', () => {
    const file = join(root, 'broken.ts');
    writeFileSync(file, 'export const x = ;\n');
    expect(compileOwn(file, root)).toBeUndefined();
  });
});
