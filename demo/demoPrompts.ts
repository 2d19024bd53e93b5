/**
 * The demo's prompts. They are plain requests a real model follows too
 * (`--model-server` / `--real`); the scripted model recognises them by the
 * marker phrases below.
 */
export const PROMPTS = {
  hello: 'Introduce yourself in one short sentence.',
  approval: 'Run exactly this shell command and nothing else: echo "hello from codex-actors" > greeting.txt',
  tool: 'What is the weather in Paris right now? Call the get_weather tool; do not guess.',
  json: 'Report the weather you found as JSON with the fields city, temperatureC and conditions.',
  afterCrash: 'Which city did I ask you about earlier? Answer with the city name only.',
} as const;

/** The command the approval step expects the agent to run. */
export const GREETING_FILE = 'greeting.txt';
export const GREETING_TEXT = 'hello from codex-actors';

/** What the demo's `get_weather` tool answers. */
export const WEATHER = { city: 'Paris', temperatureC: 21, conditions: 'sunny' } as const;
