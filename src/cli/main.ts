#!/usr/bin/env node
/**
 * The `codex-actors` command line (package.json `bin`, built to dist/src/cli/main.js).
 * All logic lives in {@link runCli}; this file only wires it to the process.
 */
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
