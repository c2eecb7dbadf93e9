import { defaultExploreOptions, explore, type ExploreOptions, type ExploreResult } from '../../src/explorer/explore';
import type { KataCase, KataSpec, Scenario, ScenarioContext } from '../../src/explorer/spec';

/** A throwaway kata around one scenario, for testing the explorer itself. */
export function miniSpec(
  scenario: (ctx: ScenarioContext) => Scenario | undefined,
  cases: KataCase<null>[] = [{ label: 'only', params: null, exhaustive: true }],
): KataSpec<null, null> {
  return {
    slug: 'mini',
    load: () => null,
    cases: () => cases,
    scenario: (_impl, _params, ctx) => scenario(ctx) ?? { check: () => undefined },
  };
}

export function exploreMini(spec: KataSpec<null, null>, options: Partial<ExploreOptions> = {}): Promise<ExploreResult> {
  return explore(spec, null, { ...defaultExploreOptions, ...options });
}
