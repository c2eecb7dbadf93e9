import { pathToFileURL } from 'node:url';

/**
 * Node flags that load TypeScript through tsx in a child: its CommonJS preflight and ESM loader, as tsx's CLI
 * passes them. The child is then one process, not tsx's CLI plus a grandchild: killing it (a hung attempt)
 * really stops it, where killing the CLI wrapper left the grandchild spinning with the pipe open.
 */
export function tsxFlags(): string[] {
  return ['--require', require.resolve('tsx/preflight'), '--import', pathToFileURL(require.resolve('tsx')).href];
}
