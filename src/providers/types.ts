import type { CategoryId } from './categories.ts';

/** The two kinds the UI and the test contract know (`data-kind`). Contact upload is a social share. */
export type PromptKind = 'bank-link' | 'social-share';

/**
 * A URL signature. Matching is by host first (an index lookup), so every rule names a host.
 * `host` is exact ('cdn.plaid.com') or '*.' + a domain for the domain and any subdomain.
 */
export interface UrlRule {
  host: string;
  /** The pathname must start with this. */
  path?: string;
  /** Or match this regular expression (source text, case-insensitive), for paths like /v19.0/dialog/oauth. */
  pathPattern?: string;
}

/** A consent / authorize endpoint whose query string names what is asked for. */
export interface AuthorizeRule extends UrlRule {
  /** Query parameters holding the scope list, in order of preference (`scope`, `perms`, `user_scope`…). */
  scopeParams: string[];
}

/** What a Block stops: requests to these domains (and their subdomains) made by the blocked site. */
export interface BlockRule {
  domains: string[];
  /** Only requests whose URL matches this RE2-compatible regex (e.g. only the OAuth dialog, not the whole domain). */
  urlRegex?: string;
  /** Resource types to stop; default: everything the widget could load. */
  resourceTypes?: BlockResourceType[];
}

export type BlockResourceType =
  | 'main_frame' | 'sub_frame' | 'script' | 'xmlhttprequest' | 'image' | 'stylesheet' | 'websocket' | 'other';

export interface ProviderDefinition {
  /** Lower-case id, part of the test contract (`data-provider`). */
  id: string;
  /** The provider's own name, shown to people. */
  name: string;
  kind: PromptKind;
  /** What the provider can hand over when the request is decided on its server (shown as "possible"). */
  possible: CategoryId[];
  /** Granted with any yes, whatever the scopes say (e.g. a public profile). */
  implied?: CategoryId[];
  /** Scope, product or permission identifier → categories. Keys are compared lower-case. */
  scopes?: Record<string, CategoryId[]>;
  /** Loader scripts of the provider's widget or SDK. */
  scripts?: UrlRule[];
  /** The provider's widget frame: an iframe's src in the host page, or the document URL inside it. */
  frames?: UrlRule[];
  /** Consent / authorize URLs: the top-level page, links, form actions, frames. */
  authorize?: AuthorizeRule[];
  /** Markup that only this provider's prompt has (CSS selectors). */
  selectors?: string[];
  /** Names people see on buttons ("Continue with Facebook"), lower-case. */
  names?: string[];
  block: BlockRule;
  /** Where a person can withdraw what was shared. */
  revokeUrl?: string;
}
