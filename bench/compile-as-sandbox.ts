import { registerInstrumentation } from '../src/instrument/loader';
import { repoRoot } from '../src/repo-root';

/**
 * The first import of every bench entry: from here on the workbook's own modules compile as in the sandbox
 * (`compileOwn`, without tsx's keepNames wrapping of named closures), so the bench measures the explorer
 * `npm test` runs. Only the loader and what it imports were compiled by tsx before this.
 */
registerInstrumentation(repoRoot);
