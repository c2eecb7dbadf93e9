import { describeEnd } from '../../src/report/failure-data';

describe('failure report: what a task threw', () => {
  test('an object without a prototype is shown, not lost', () => {
    const { headline, details } = describeEnd({ kind: 'crash', task: 'first()', error: Object.create(null) }, undefined);
    expect(headline).toBe('first() threw [Object: null prototype] {}');
    expect(details).toEqual([]);
  });

  test('a plain object is shown with its contents, never as [object Object]', () => {
    const { headline } = describeEnd({ kind: 'crash', task: 'first()', error: { code: 'E_BUSY' } }, undefined);
    expect(headline).toBe("first() threw { code: 'E_BUSY' }");
  });

  test('an Error whose name cannot be read still gives its message', () => {
    const error = new RangeError('out of turns');
    Object.defineProperty(error, 'name', {
      get(): never {
        throw new Error('no name');
      },
    });
    const { headline } = describeEnd({ kind: 'crash', task: 'second()', error }, undefined);
    expect(headline).toBe('second() threw RangeError: out of turns');
  });

  test('the headline names the error, the details say where it was thrown; a stack overflow suggests recursion', () => {
    const { headline, details } = describeEnd({ kind: 'crash', task: 'first()', error: new RangeError('Maximum call stack size exceeded') }, undefined);
    expect(headline).toBe('first() threw RangeError: Maximum call stack size exceeded (an endless recursion?)');
    expect(details[0]).toMatch(/^ {4}at .*failure-report\.test\.ts/);
  });
});
