/**
 * Tiny client for the unit tests of the scripted server: posts like codex does
 * and reads the SSE body event by event, stamping each arrival.
 */

/** One parsed server-sent event with its arrival time. */
export interface ReceivedEvent {
  readonly event: string;
  readonly data: Record<string, unknown>;
  readonly at: number;
}

/** POSTs a Responses-API request body to `<url>/responses`. */
export function postResponses(url: string, body: unknown = { model: 'mock-model', input: [] }, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer test-key', ...headers },
    body: JSON.stringify(body),
  });
}

/** Parses complete `event:`/`data:` blocks out of SSE text. */
export function parseSse(text: string): Array<{ event: string; data: Record<string, unknown> }> {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? '';
      const data = lines.find((l) => l.startsWith('data: '))?.slice(6) ?? '{}';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

/**
 * Reads an SSE body incrementally. `onEvent` runs as each event arrives (so a
 * test can act mid-stream); resolves with every event once the body ends.
 */
export async function readEvents(response: Response, onEvent: (event: ReceivedEvent, index: number) => void | Promise<void> = () => {}): Promise<ReceivedEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const received: ReceivedEvent[] = [];
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const [parsed] = parseSse(buffer.slice(0, end + 2));
      buffer = buffer.slice(end + 2);
      if (!parsed) continue;
      const event = { ...parsed, at: Date.now() };
      received.push(event);
      await onEvent(event, received.length - 1);
    }
  }
  return received;
}
