import { resolve } from 'node:path';

/**
 * The workbook's root directory. A module of its own so that the sandbox worker, which starts once per check,
 * need not load the catalog and its schema validator (zod: a large share of a worker's start-up).
 */
export const repoRoot = resolve(__dirname, '..');
