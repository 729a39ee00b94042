// The presslens command as a function: `main(argv, io?)` returns the exit code.
export { main, version } from './main.js';
export type { CliIO } from './io.js';
