import type { DomainResult } from '../domains';
import type { DomainSearchEmail, EmailFinderData } from '../hunter';
import type { ReplyError } from '../messaging/protocol';
import type { PagePerson } from '../page-context/types';

// What the right-click menu asked and answered, as the card, the popup and "Recent" show it.

/** A person to find: by the company's domain when known, else by its name (the API resolves it). */
export interface PersonQuestion {
  first: string;
  last: string;
  /** ASCII, as the API expects. */
  domain: string | null;
  company: string | null;
  pageUrl: string | null;
}

/** One answer kept in "Recent": a person's address, or the top addresses of a site. */
export type RecentEntry = RecentPerson | RecentSite;

interface RecentBase {
  id: string;
  /** Epoch ms of the answer. */
  at: number;
  /** The page the user was on. */
  pageUrl: string | null;
}

export interface RecentPerson extends RecentBase {
  kind: 'person';
  question: PersonQuestion;
  /** The API's answer as it came (`email: null` when nobody was found). */
  result: EmailFinderData;
}

export interface RecentSite extends RecentBase {
  kind: 'site';
  domain: string;
  /** Unicode, for showing. */
  display: string;
  organization: string | null;
  /** How many addresses the API knows for the domain. */
  total: number;
  /** The first ones, most relevant first. */
  emails: DomainSearchEmail[];
}

export type RecentDraft = Omit<RecentPerson, 'id' | 'at'> | Omit<RecentSite, 'id' | 'at'>;

/** What the in-page card shows for its one-time token. */
export type CardView =
  | { state: 'answer'; entry: RecentEntry }
  /** The selection was one word or not a name, or the page names no company: the card asks, no call made. */
  | { state: 'ask'; selection: string; reason: 'one_word' | 'not_a_name' | 'empty' | 'no_company'; question: PersonQuestion }
  | { state: 'no_site'; reason: Exclude<DomainResult, { ok: true }>['reason'] }
  | { state: 'error'; error: ReplyError }
  /** Unknown, already shown or too old: a page framing card.html by itself lands here. */
  | { state: 'expired' };

/** The page a tab shows, as the background read it on demand. */
export interface PageContextReply {
  url: string | null;
  /** The company to search for this page: the person's employer's website when given, else the site. */
  domain: DomainResult;
  person: PagePerson | null;
  /** An auth wall, a bot check or a "not found": no person to read. */
  blocked: boolean;
}

/** How the popup opens once, after a menu answer it shows instead of a card: on "Recent", with that answer. */
export type PopupView = { view: 'recent'; answer: CardView } | { view: null };
