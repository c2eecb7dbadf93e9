import { mutantFigures } from '../../src/harness/kata-page-figures';

const page = [
  '## Classic wrong answers',
  '',
  '- **Lost wake-up** (`lost-wake-up`, deadlock): one shared slot. *Schedule:* two referees. Caught after',
  '  1,203 schedules (1 preemption).',
  '- **Peek then remove** (`peek-then-remove`, violation): reads, then removes. Caught by "verified twice"',
  '  (159 schedules), on the 3rd exhaustive schedule of its case (153rd overall).',
  '- **Polling** (`polling`, violation): caught after 1 schedule; the case has 250 schedules.',
  '',
  'After the list: caught after 7 schedules belongs to no mutant.',
].join('\n');

describe('the figures a kata page gives for its mutants', () => {
  test('reads "after N schedules" from the mutant\'s own bullet, across its lines', () => {
    expect(mutantFigures(page, 'lost-wake-up')).toEqual({ caughtAfter: [1203], unchecked: [] });
  });

  test('reports counts in other words, which the suite cannot check', () => {
    expect(mutantFigures(page, 'peek-then-remove')).toEqual({
      caughtAfter: [],
      unchecked: ['159 schedules', '3rd exhaustive schedule', '153rd overall'],
    });
    expect(mutantFigures(page, 'polling')).toEqual({ caughtAfter: [1], unchecked: ['250 schedules'] });
  });

  test('finds nothing for a mutant without a bullet', () => {
    expect(mutantFigures(page, 'nobody')).toEqual({ caughtAfter: [], unchecked: [] });
  });
});
