export * from './canonical';
export * from './carriers';
export * from './indicators';
export * from './labour';
export * from './metricInput';
export * from './periods';
export * from './rollup';
export * from './valueTable';
