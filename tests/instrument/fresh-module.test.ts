import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FreshModules } from '../../src/instrument/fresh-module';

/**
 * Judged modules start every schedule fresh, whatever they do to their own or each other's objects. Each
 * `load` below stands for one schedule. (Evaluating modules without state once was tried on 2026-12-03 and
 * dropped: two adversarial reviews found 17 ways around the syntax rules, and checking the modules' objects
 * before each reuse cost more than the reuse saved. These cases come from those reviews.)
 */
describe('FreshModules', () => {
  let root: string;
  const file = (name: string, source: string): string => {
    const path = join(root, `${name}.ts`);
    writeFileSync(path, source);
    return path;
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fresh-modules-'));
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  type Api = Record<string, () => unknown>;
  const twoSchedules = (path: string, call: (api: Api) => unknown): unknown[] => {
    const modules = new FreshModules(root);
    return [0, 1].map(() => call(modules.load(path) as Api));
  };

  test('module state starts over in every schedule', () => {
    const counter = file('counter', 'let n = 0;\nexport function inc(): number { return ++n; }\n');
    expect(twoSchedules(counter, (api) => api.inc?.())).toEqual([1, 1]);
  });

  test('every schedule gets its own evaluation, even of a module without state', () => {
    const pure = file('pure', 'export class C { n = 0; inc(): number { return ++this.n; } }\n');
    const modules = new FreshModules(root);
    expect(modules.load(pure)).not.toBe(modules.load(pure));
  });

  test('a stateful module shared by two importers is one instance per schedule, and fresh in each', () => {
    file('state', 'let n = 0;\nexport function inc(): number { return ++n; }\n');
    file('api', "import { inc } from './state';\nexport function viaApi(): number { return inc(); }\n");
    const entry = file('entry', "import { inc } from './state';\nimport { viaApi } from './api';\nexport function both(): number[] { return [inc(), viaApi()]; }\n");
    expect(twoSchedules(entry, (api) => api.both?.())).toEqual([[1, 2], [1, 2]]);
  });

  test("a module that changes another's exports makes both fresh", () => {
    file('helper', 'export function helper(): number { return 0; }\n');
    const importer = file(
      'importer',
      "import { helper } from './helper';\nexport function mark(): number { const h = helper as unknown as { n?: number }; h.n = (h.n ?? 0) + 1; return h.n; }\n",
    );
    expect(twoSchedules(importer, (api) => api.mark?.())).toEqual([1, 1]);
  });
});
