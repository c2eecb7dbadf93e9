import { firstSentence, leadingComment } from '../../../src/cli/dev/corpus-view';

/** What a kata page's corpus table says of each file: the first sentence of the file's own header comment. */
describe('the corpus table of a kata page', () => {
  test("a mutant's header: the bug after its expect line, to the first sentence's end", () => {
    const source = '// expect: deadlock\n// Bug: the waiter parks with `if`, not `while`. A second wake-up\n// finds it gone.\nimport { Event } from "@kit";\n';
    expect(firstSentence(leadingComment(source))).toBe('the waiter parks with `if`, not `while`.');
  });

  test("an idiom's header may be a doc comment further down, and its label is dropped", () => {
    const source = "import { Mutex } from 'async-mutex';\n\n/**\n * Idiom: one mutex per key, made on first use. The rest follows.\n */\nexport class Counter {}\n";
    expect(firstSentence(leadingComment(source))).toBe('one mutex per key, made on first use.');
  });

  test('dots inside code, numbers and abbreviations do not end a sentence', () => {
    expect(firstSentence('result().then waits 1.5 s, e.g. for a timer. Then it goes on.')).toBe('result().then waits 1.5 s, e.g. for a timer.');
    expect(firstSentence('no full stop at all')).toBe('no full stop at all');
  });

  test('a file without any comment gives an empty text', () => {
    expect(leadingComment('export class Foo {}\n')).toBe('');
  });
});
