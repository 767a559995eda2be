// Workshop mode, pure: exercises with answer checkers and the anonymised group benchmark.
export { quantileSorted, summarise, type FiveNumberSummary } from './stats';
export {
  groupBenchmark,
  participantFigures,
  MIN_GROUP_SIZE,
  type BenchmarkMeasure,
  type GroupBenchmark,
  type MeasureKey,
  type ParticipantFigures,
} from './benchmark';
export { DEMO_IDS, EXERCISES, type ExerciseDefinition, type ExerciseId } from './exercises';
export {
  checkLargestCo2Source,
  co2Sources,
  type Co2Source,
  type Co2Sources,
  type LargestCo2Check,
} from './checkLargestCo2';
export {
  checkGreenThreshold,
  CREDIBLE_CHANGE_PCT,
  type ChangeField,
  type GreenThresholdCheck,
  type ProjectChange,
} from './checkGreenThreshold';
export { checkScreeningCategory, type ScreeningCheck } from './checkScreening';
export {
  checkMinimumWage,
  wageMonths,
  type MinimumWageCheck,
  type WageMonth,
} from './checkMinimumWage';
export { groupSummarySpec, type GroupChartImage } from './groupSummarySpec';
export { groupChartSvgs, type GroupChartSvg } from './groupCharts';
