import type { Kata } from '../../catalog';
import { kataPageHeader, statementHeader } from './catalog-views';
import { corpusSource, corpusTable } from './corpus-view';
import { generatedBlock } from './generated-block';
import { todoMarker as todo } from './layout';

/**
 * The files `dev new` writes. Each compiles, lints and runs as it is (the stub and solutions report "not
 * implemented"), and marks every section the author must write with TODO(new kata), which `dev check`
 * counts. The contract is a placeholder class with one method; the author replaces it everywhere at once.
 */

export interface Names {
  readonly kata: Kata;
  /** The class the learner writes, e.g. DemoKata for demo-kata. */
  readonly className: string;
}

export const classNameOf = (slug: string): string =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
    .replace(/^(\d)/, 'Kata$1');

/** The catalog entry: everything but the slug, title, track and number is for the author to fill in. */
export function catalogEntry(slug: string, title: string, track: string, leetcode: number | undefined): Kata {
  return {
    slug,
    track,
    ...(leetcode === undefined ? {} : { leetcode }),
    title,
    difficulty: 'medium',
    concepts: [`${todo}: what the kata teaches, most important first`],
    primitives: [`${todo}: what the reference solutions use, e.g. Semaphore`],
    hints: [
      `${todo}: the first hint names the difficulty, without a solution`,
      `${todo}: the second hint names the idea that solves it`,
      `${todo}: the last hint is close to a solution, in a few lines`,
    ],
  };
}

function contract({ className }: Names, body: string): string {
  return [
    `export class ${className} {`,
    `  // ${todo}: the contract, exactly as the statement gives it (the spec's interface checks the same).`,
    `  async run(report: (text: string) => void): Promise<void> {`,
    `    ${body}`,
    `  }`,
    `}`,
    ``,
  ].join('\n');
}

export function statement(names: Names): string {
  const { kata, className } = names;
  const sections = [
    ['The story', `${todo}: the situation in our own words (facts may come from LeetCode, sentences may not).`],
    [
      'The contract',
      [
        '```ts',
        `export class ${className} {`,
        `  run(report: (text: string) => void): Promise<void>; // ${todo}: the real methods`,
        `}`,
        '```',
        '',
        `Write it in \`problems/${kata.slug}/${kata.slug}.ts\`, with anything from \`@kit\`, with \`async-mutex\`, or with plain promises.`,
      ].join('\n'),
    ],
    ['Examples', `${todo}: one or two small runs, as a table of calls and results.`],
    ['Constraints', `${todo}: the sizes and inputs the stress test uses, and what callers promise.`],
    [
      kata.leetcode === undefined ? 'What the stress test checks' : 'How this differs from LeetCode',
      `${todo}: tasks instead of threads; which cases are explored exhaustively; every check the spec makes.`,
    ],
  ];
  return [
    generatedBlock('header', statementHeader(kata)),
    ...sections.map(([heading, text]) => `## ${heading}\n\n${text}\n`),
    `Run the test with \`npm run kata -- ${kata.slug}\`; when stuck, \`npm run kata -- hint ${kata.slug}\`.\n`,
  ].join('\n');
}

export function stub(names: Names): string {
  return [
    `import { notImplemented } from '@kit';`,
    ``,
    `/**`,
    ` * ${names.kata.title}: ${todo}: one sentence saying what the learner's code must make happen.`,
    ` * Replace each \`notImplemented(...)\` line; keep the class name and method signatures.`,
    ` * Check your work with: npm run kata -- ${names.kata.slug}`,
    ` */`,
    contract(names, `notImplemented('${names.className}.run');`),
  ].join('\n');
}

/** A reference solution, named after the primitive it is built on. */
export function solution(names: Names, primitive: string): string {
  return [
    `import { notImplemented } from '@kit';`,
    ``,
    `/**`,
    ` * ${todo}: the idea of this solution, built on ${primitive}, in two or three sentences; the`,
    ` * invariant it keeps. (Rename the file if it uses another primitive.)`,
    ` */`,
    contract(names, `notImplemented('${names.className}.run');`),
  ].join('\n');
}

export function mutant(names: Names): string {
  return [
    `// expect: violation`,
    `// Bug: ${todo}: the bug in two or three sentences, as a learner would write it. It must be a bug`,
    `// JavaScript can have (an await between check and act), and the first line names how it must fail:`,
    `// violation, deadlock, livelock, crash, hang or across.`,
    `import { notImplemented } from '@kit';`,
    ``,
    contract(names, `notImplemented('${names.className}.run');`),
  ].join('\n');
}

export function spec(names: Names): string {
  const { kata, className } = names;
  return `import { exportedClass, type KataSpec } from '@spec';

interface ${className} {
  run(report: (text: string) => void): Promise<void>;
}
type ${className}Class = new () => ${className};

interface Params {
  /** How many tasks share one instance. */
  readonly tasks: number;
}

/**
 * ${kata.title}: ${todo}: what one schedule does, and what every schedule must satisfy.
 * docs/writing-a-kata.md explains the choices that make a stress test strong.
 */
export const spec: KataSpec<${className}Class, Params> = {
  slug: '${kata.slug}',
  load: (exports) => exportedClass<${className}Class>(exports, '${className}', ['run']),
  cases: () => [
    // ${todo}: small cases explored exhaustively, then sampled ones at the sizes where the classic bugs show.
    { label: 'two tasks', params: { tasks: 2 }, exhaustive: true },
    { label: 'three tasks, sampled with late starts', params: { tasks: 3 } },
  ],
  scenario(Impl, params, ctx) {
    const shared = new Impl();
    const reported: string[] = [];
    for (let i = 1; i <= params.tasks; i++) {
      ctx.spawn(\`task \${i}\`, () =>
        shared.run((text) => {
          reported.push(text);
          ctx.output(text);
        }),
      );
    }
    return {
      check() {
        // ${todo}: compare what the tasks did with what the statement promises.
        return reported.length === params.tasks
          ? undefined
          : { message: 'every task must report once', expected: \`\${params.tasks} reports\`, actual: \`\${reported.length}\` };
      },
    };
  },
};

export default spec;
`;
}

export function testFile({ kata }: Names): string {
  return `import { kataSuite } from '../src/harness/kata-suite';\n\nkataSuite('${kata.slug}');\n`;
}

export function kataPage(names: Names): string {
  const sections = [
    ['The idea', `${todo}: what makes this kata hard, and the one idea every correct solution shares.`],
    ['The reference solutions', `${todo}: one paragraph per file in solutions/${names.kata.slug}/, and when to prefer it.`],
    ['Wrong answers', `${todo}: one paragraph per mutant in tests/mutants/${names.kata.slug}/: the bug, and the schedule that shows it.`],
  ];
  const corpus = corpusTable(names.kata.slug, [{ name: 'no-synchronization', source: mutant(names) }], []);
  return [
    generatedBlock('header', kataPageHeader(names.kata)),
    ...sections.map(([heading, text]) => `## ${heading}\n\n${text}\n`),
    `## Every mutant and accepted idiom\n\n${generatedBlock('corpus', corpus, corpusSource(names.kata.slug))}`,
  ].join('\n');
}
