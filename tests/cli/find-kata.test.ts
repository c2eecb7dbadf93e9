import { UserError } from '../../src/cli/errors';
import { findKata } from '../../src/cli/find-kata';
import { loadCatalog } from '../../src/catalog';

const catalog = loadCatalog();

describe('findKata', () => {
  test.each([
    ['print-in-order', 'print-in-order'],
    ['1114-print-in-order', 'print-in-order'],
    ['1117', 'building-h2o'],
  ])('finds %s', (name, slug) => {
    expect(findKata(catalog, name).slug).toBe(slug);
  });

  test('suggests the nearest slug for a typo', () => {
    expect(() => findKata(catalog, 'dinning-philosopher')).toThrow('did you mean "dining-philosophers"?');
  });

  test('suggests a command for a mistyped command', () => {
    expect(() => findKata(catalog, 'hnit')).toThrow('did you mean the command "hint"?');
  });

  test('points to the list when nothing is close', () => {
    expect(() => findKata(catalog, 'quicksort')).toThrow(UserError);
    expect(() => findKata(catalog, 'quicksort')).toThrow(/npm run kata -- list/);
  });
});
