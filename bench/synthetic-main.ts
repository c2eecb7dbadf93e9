/**
 * The synthetic part alone, for `npm run bench -- --node <binary>`: the same table as the bench's first
 * section, then one JSON line with its figures (SyntheticFigures). Also runnable by hand:
 *
 *   /work/nodes/node-24/bin/node node_modules/tsx/dist/cli.mjs bench/synthetic-main.ts [--quick]
 */
import './compile-as-sandbox';
import { trackUnhandledRejections } from './baseline/judge';
import { syntheticFigures, syntheticPart } from './synthetic-part';

async function main(): Promise<void> {
  trackUnhandledRejections();
  const speeds = await syntheticPart(process.argv.includes('--quick'));
  console.log(JSON.stringify(syntheticFigures(process.version, speeds)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
