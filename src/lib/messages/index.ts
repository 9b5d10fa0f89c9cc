/**
 * The one catalogue of user-facing messages. House style: lowercase, no final period, name the thing
 * ("column `npi` requires 10 digits"). Each area keeps its messages in its own file here; this index
 * makes them one namespace so a message is found in one place.
 */
export { commonMessages } from './common.js';
export { serverMessages } from './server.js';
export { cliMessages } from './cli.js';
export { accessMessages } from './access.js';
export { rulesMessages } from './rules.js';
export { modelMessages } from './model.js';
