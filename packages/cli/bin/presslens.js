#!/usr/bin/env node
// The presslens command. The logic lives in ../dist (built from ../src by `npm run build`).
import { main } from '../dist/index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
