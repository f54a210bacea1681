/** What a test needs of the sandbox's control routes: reset, injected faults, and what the server received. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  keyVia: 'header' | 'bearer' | 'query' | null;
  body: unknown;
  status: number;
  /** Epoch ms when the request arrived. */
  at: number;
}

export class SandboxControl {
  constructor(readonly url: string) {}

  async reset(): Promise<void> {
    await this.post('/__sandbox/reset', {});
  }

  async requests(pathPrefix = '/v2/'): Promise<LoggedRequest[]> {
    const response = await fetch(`${this.url}/__sandbox/requests`);
    const all = (await response.json()) as LoggedRequest[];
    return all.filter((request) => request.path.startsWith(pathPrefix));
  }

  async state(): Promise<{ leads: Array<Record<string, unknown>>; lists: Array<Record<string, unknown>> }> {
    return (await fetch(`${this.url}/__sandbox/state`)).json();
  }

  async failNext(fault: { path: string; method?: string; status: number; count?: number; retryAfter?: number; malformed?: boolean; hang?: boolean; served?: boolean; drop?: boolean; id?: string }) {
    await this.post('/__sandbox/fail-next', fault);
  }

  /** Strict mode until the next reset: what the API docs do not promise is refused (sandbox/README.md). */
  async strict(on: boolean) {
    await this.post('/__sandbox/strict', { on });
  }

  async latency(ms: number) {
    await this.post('/__sandbox/latency', { ms });
  }

  async seedLeads(listName: string, count: number): Promise<{ list_id: number; name: string; leads_count: number }> {
    return this.post('/__sandbox/seed-leads', { listName, count });
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
