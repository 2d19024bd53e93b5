/**
 * The scripted model for P1/P2, in a process of its own: it answers every
 * model request with the benchmark turn's streamed message, so the model's
 * stream does not share the event loop of the client being timed (an
 * in-process server would bill each client for the other's work).
 *
 * Run by `startModelServerProcess()`; prints its base URL on stdout and exits
 * when stdin closes.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createScriptedModelServer } from '../src/testing/index.js';
import { benchTurnResponse } from './turnLatency.js';

/** Starts this file as a child process (same bundle, `--model-server` flag); resolves with its URL and a stop function. */
export async function startModelServerProcess(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [process.argv[1]!, '--model-server'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the model server process exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

/** The child side: serve forever (until stdin closes). */
export async function runModelServerProcess(): Promise<void> {
  const server = await createScriptedModelServer();
  // One scripted answer per request; far more than any run asks for.
  for (let i = 0; i < 100_000; i++) server.enqueue(() => benchTurnResponse());
  process.stdout.write(`${server.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}
