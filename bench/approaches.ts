import type { Approach } from './approach';
import { fastCheckApproach, jitterApproach } from './baseline-approach';
import { explorerApproach } from './explorer-approach';

/** The three approaches every workload compares, in the order the tables show them. */
export const approaches: readonly Approach[] = [explorerApproach, fastCheckApproach('waitAll'), jitterApproach];
