#!/usr/bin/env node
/** The `codex-actors` command line (doctor, inspect). */
console.error('usage: codex-actors doctor');
process.exitCode = 2;
