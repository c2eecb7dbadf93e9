import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/catalog';
import { htmlPageLine, htmlPagePath } from '../../src/cli/html-page';
import { stateDir } from '../../src/cli/state';
import type { FailureData } from '../../src/report/failure-data';

const kata = loadCatalog().find((k) => k.slug === 'print-in-order');
if (kata === undefined) throw new Error('print-in-order is not in the catalog');

const failure: FailureData = {
  kind: 'violation',
  headline: 'wrong order',
  details: [],
  caseLabel: 'three tasks',
  how: 'found after 1 schedule (exhaustive); 0 preemptions',
  taskNames: ['first()'],
  schedule: 'c0.s0:1',
  warnings: [],
};

describe('where --html writes a page', () => {
  test('by default in .kata/reports, named after the kata and the file; the same failure gives the same page', () => {
    const path = htmlPagePath(kata, 'tests/mutants/print-in-order/lost-wakeup.ts', failure, true);
    expect(path).toMatch(new RegExp(`^${join(stateDir, 'reports')}/print-in-order-lost-wakeup-[0-9a-f]{8}\\.html$`));
    expect(htmlPagePath(kata, 'tests/mutants/print-in-order/lost-wakeup.ts', failure, true)).toBe(path);
    expect(htmlPagePath(kata, 'tests/mutants/print-in-order/lost-wakeup.ts', { ...failure, schedule: 'c1' }, true)).not.toBe(path);
  });

  test('or the file given', () => {
    expect(htmlPagePath(kata, 'x.ts', failure, 'out/page.html')).toBe(resolve('out/page.html'));
  });

  test('a check without a failing schedule gets a line saying why there is no page', () => {
    const line = htmlPageLine(kata, 'x.ts', { status: 'pending', message: 'not implemented' }, { seed: 1 }, true);
    expect(line).toBe('html: no page: only a failing schedule has one, and the kata is not started yet');
  });
});
