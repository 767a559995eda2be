export * from './energy';
export * from './quantity';
export * from './densities';
export * from './steam';
export * from './toCanonical';
