import { stripVTControlCharacters } from 'node:util';
import { type KataStatus, renderBoard, statusOf } from '../../src/cli/board';
import { loadCatalog } from '../../src/catalog';

const catalog = loadCatalog();

describe('the board', () => {
  const all: KataStatus[] = ['passing', 'failing', 'not checked', 'missing', 'not started'];

  test.each([
    ['a mix of every status', catalog.map((_, index) => all[index % all.length] ?? 'not started')],
    ['every kata passing', catalog.map((): KataStatus => 'passing')],
  ])('fits 60 columns: %s', (_title, statuses) => {
    const lines = stripVTControlCharacters(renderBoard(catalog, statuses)).split('\n');
    const wide = lines.filter((line) => Array.from(line).length > 60);
    expect(wide).toEqual([]);
  });

  test('a missing learner file is its own status, not a crash, and the board says how to restore it', () => {
    const gone = { ...(catalog[0] ?? catalog[1]), slug: 'no-such-kata' } as (typeof catalog)[number];
    expect(statusOf(gone)).toBe('missing');
    const board = stripVTControlCharacters(renderBoard([gone], ['missing']));
    expect(board).toContain('no-such-kata: your file is missing.');
    expect(board).toContain('npm run kata -- reset no-such-kata');
  });
});
