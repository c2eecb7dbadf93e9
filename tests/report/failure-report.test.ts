import { describeEnd } from '../../src/report/failure-report';

describe('failure report: what a task threw', () => {
  test('an object without a prototype is shown, not lost', () => {
    const { headline, details } = describeEnd({ kind: 'crash', task: 'first()', error: Object.create(null) }, undefined);
    expect(headline).toBe('first() threw');
    expect(details).toEqual(['[Object: null prototype] {}']);
  });

  test('a plain object is shown with its contents, never as [object Object]', () => {
    const { details } = describeEnd({ kind: 'crash', task: 'first()', error: { code: 'E_BUSY' } }, undefined);
    expect(details).toEqual(["{ code: 'E_BUSY' }"]);
  });

  test('an Error whose name cannot be read still gives its message', () => {
    const error = new RangeError('out of turns');
    Object.defineProperty(error, 'name', {
      get(): never {
        throw new Error('no name');
      },
    });
    const { details } = describeEnd({ kind: 'crash', task: 'second()', error }, undefined);
    expect(details[0]).toBe('RangeError: out of turns');
  });
});
