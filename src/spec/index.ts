/**
 * What a kata's stress test (tests/stress/<slug>.ts) may use, imported as `@spec`. Specs import from here and
 * nowhere else in the explorer, so the explorer can change behind this file. Keep it a list of re-exports.
 */
export type { Rng } from '../explorer/rng';
export {
  ContractError,
  exportedClass,
  exportedFunction,
  type Failure,
  firstFailure,
  type KataCase,
  type KataSpec,
  type Scenario,
  type ScenarioContext,
} from '../explorer/spec';
