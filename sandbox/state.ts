// Everything the sandbox remembers between requests. One instance per running server, so parallel test
// files each get their own; reset() puts it back to the seed.
import { ACCOUNTS, seedUsage, type SandboxKey } from './keys';
import { generatedLeads, seedLeads, seedLists } from './seed';
import type { Lead, LeadsList, Usage } from './types';

export type KeyVia = 'header' | 'bearer' | 'query' | null;

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  keyVia: KeyVia;
  body: unknown;
  /** null while the answer is pending, and forever for a `hang` fault (unless `served`). */
  status: number | null;
  at: number;
}

export interface Fault {
  path: string;
  /** Only requests of this method (e.g. POST, so a look-up on the same path still answers). */
  method?: string;
  status: number;
  count: number;
  retryAfter?: number | string;
  malformed?: boolean;
  hang?: boolean;
  /** With `hang`: served (and counted) first, then never answered — a slow server whose answer comes after the
   *  client gave up (a timeout on a create that did create). */
  served?: boolean;
  /** Served (and counted), then the connection is cut before the answer. */
  drop?: boolean;
  /** The error envelope's id, instead of the one Hunter uses for the status. */
  id?: string;
}

export class SandboxState {
  leads: Lead[] = [];
  lists: LeadsList[] = [];
  usage: Record<SandboxKey, Usage> = seedUsage();
  /** `${key}|${email}` → how many more 202 answers before the verdict. */
  verifierPending = new Map<string, number>();
  /** `${key}|${group}` → timestamps (ms) of the requests let through. */
  rateWindows = new Map<string, number[]>();
  requestLog: LoggedRequest[] = [];
  faults: Fault[] = [];
  latencyMs = 0;
  /** Strict: what the sandbox does beyond the API docs (see README, "Beyond the docs") is refused. */
  strict = false;
  private nextLeadId = 1;
  private nextListId = 1;

  constructor(private readonly baseLatencyMs = 0, private readonly baseStrict = false) {
    this.reset();
  }

  reset(): void {
    this.leads = seedLeads();
    this.lists = seedLists();
    this.usage = seedUsage();
    this.verifierPending.clear();
    this.rateWindows.clear();
    this.requestLog = [];
    this.faults = [];
    this.latencyMs = this.baseLatencyMs;
    this.strict = this.baseStrict;
    this.nextLeadId = Math.max(0, ...this.leads.map((l) => l.id)) + 1;
    this.nextListId = Math.max(0, ...this.lists.map((l) => l.id)) + 1;
  }

  takeLeadId(): number {
    return this.nextLeadId++;
  }

  createList(name: string, teamId: number | null): LeadsList {
    const list = { id: this.nextListId++, name, team_id: teamId };
    this.lists.push(list);
    return list;
  }

  listById(id: number): LeadsList | undefined {
    return this.lists.find((l) => l.id === id);
  }

  /** "If it's not specified, the lead is saved in the last list created." */
  lastCreatedList(): LeadsList | undefined {
    return this.lists.reduce<LeadsList | undefined>((best, l) => (!best || l.id > best.id ? l : best), undefined);
  }

  leadsCount(listId: number): number {
    return this.leads.filter((l) => l.leads_list_id === listId).length;
  }

  deleteList(id: number): void {
    this.lists = this.lists.filter((l) => l.id !== id);
    this.leads = this.leads.filter((l) => l.leads_list_id !== id);
  }

  /** Test helper: a new list holding `count` generated leads. */
  seedList(name: string, count: number): LeadsList {
    const list = this.createList(name, null);
    const leads = generatedLeads(count, list.id, this.nextLeadId);
    this.nextLeadId += count;
    this.leads.push(...leads);
    return list;
  }

  snapshot(): unknown {
    return {
      leads: this.leads,
      lists: this.lists.map((l) => ({ ...l, leads_count: this.leadsCount(l.id) })),
      usage: this.usage,
      accounts: Object.keys(ACCOUNTS),
    };
  }
}
