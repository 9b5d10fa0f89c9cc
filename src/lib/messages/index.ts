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
export { compileMessages } from './compile.js';
export { clusterMessages } from './cluster.js';
export { prioritizeMessages } from './prioritize.js';
export { profileMessages } from './profile.js';
export { importMessages } from './import.js';
export { importCliMessages } from './import.js';
export { typingMessages } from './typing.js';
export { demoMessages } from './demo.js';
export { projectMessages } from './project.js';
