export * from './factorsV1';
export * from './labour';
export * from './resolve';
export * from './sources';
export * from './heatingDegreeDays';
