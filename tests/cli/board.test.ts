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

  test('groups katas under their track, in the order of the tracks', () => {
    const [first, second] = catalog as [(typeof catalog)[number], (typeof catalog)[number]];
    const tracks = [
      { id: 'later', title: 'Track B', description: 'b' },
      { id: 'sooner', title: 'Track A', description: 'a' },
    ];
    const katas = [{ ...first, track: 'sooner' }, { ...second, track: 'later' }];
    const lines = stripVTControlCharacters(renderBoard(katas, ['passing', 'failing'], tracks)).split('\n');
    const order = lines.filter((line) => /Track [AB]|-.* (passing|failing)$/.test(line)).map((line) => line.trim());
    expect(order).toEqual(['Track B', expect.stringMatching(new RegExp(`${second.slug} .* failing$`)), 'Track A', expect.stringMatching(new RegExp(`${first.slug} .* passing$`))]);
  });

  test('a missing learner file is its own status, not a crash, and the board says how to restore it', () => {
    const gone = { ...(catalog[0] ?? catalog[1]), slug: 'no-such-kata' } as (typeof catalog)[number];
    expect(statusOf(gone)).toBe('missing');
    const board = stripVTControlCharacters(renderBoard([gone], ['missing']));
    expect(board).toContain('no-such-kata: your file is missing.');
    expect(board).toContain('npm run kata -- reset no-such-kata');
  });
});
