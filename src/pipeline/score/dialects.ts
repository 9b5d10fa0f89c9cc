/** The SQL dialect names, re-exported for the CLI and server (which may not import compile/ directly). */
export { dialectNames, parseDialect, type DialectName } from '../../compile/dialect/index.js';
