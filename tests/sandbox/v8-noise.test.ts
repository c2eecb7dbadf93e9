import { V8NoiseFilter } from '../../src/sandbox/v8-noise';

/** Feeds `text` through the filter in chunks of `size` characters and returns what comes out. */
async function filtered(text: string, size: number): Promise<string> {
  const filter = new V8NoiseFilter();
  let out = '';
  filter.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const ended = new Promise((resolve) => filter.on('end', resolve));
  for (let at = 0; at < text.length; at += size) filter.write(text.slice(at, at + size));
  filter.end();
  await ended;
  return out;
}

const block = [
  'Exception in PromiseRejectCallback:',
  '/learner/print-in-order.ts:2',
  '"use strict";var __defProp=Object.defineProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name]})};',
  '                                                  ',
  '',
  'RangeError: Maximum call stack size exceeded',
  '',
].join('\n');

describe('V8NoiseFilter', () => {
  test.each([1, 7, 1000])('drops every "Exception in PromiseRejectCallback" block and keeps the rest (chunks of %i)', async (size) => {
    const text = `before\n${block}\n${block}\nafter\nno newline at the end`;
    expect(await filtered(text, size)).toBe('before\nafter\nno newline at the end');
  });

  test('a block that does not end like one is let through whole', async () => {
    const text = ['Exception in PromiseRejectCallback:', ...Array.from({ length: 10 }, (_, i) => `line ${i}`)].join('\n') + '\n';
    expect(await filtered(text, 5)).toBe(text);
  });

  test('other output, errors included, passes unchanged', async () => {
    const text = 'TypeError: something else\n\n    at f (file.ts:1:1)\n';
    expect(await filtered(text, 3)).toBe(text);
  });
});
