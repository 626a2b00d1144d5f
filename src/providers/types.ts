import type { CategoryId } from './categories.ts';

/** The two kinds the UI and the test contract know (`data-kind`). Contact upload is a social share. */
export type PromptKind = 'bank-link' | 'social-share';

/**
 * What a person is asked to do. Finer than the kind: a "Find friends" cue and a "Sign in with Google"
 * button are both social shares, but one never explains the other. Defaults: bank-link → 'link-bank',
 * social-share → 'sign-in'.
 */
export type PromptFlow = 'link-bank' | 'sign-in' | 'contact-upload';

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
  /**
   * The query must name at least one of these parameters. An OAuth consent URL always names the asking
   * app (client_id); the provider's own sign-in page on the same path does not.
   */
  requireAnyParam?: string[];
  /** What this signature alone shows will be shared, when narrower than the provider's `possible`. */
  implies?: CategoryId[];
  /**
   * A signature many pages carry for other reasons (an SDK that also draws Like buttons or card
   * fields): it names the provider only when a provider-less prompt of the same flow is on the page.
   */
  weak?: boolean;
}

/** A consent / authorize endpoint whose query string names what is asked for. */
export interface AuthorizeRule extends UrlRule {
  /** Query parameters holding the scope list; all that are present are read (`scope` + `user_scope`). */
  scopeParams: string[];
  /** Settings in the query that widen what is shared; each present one reads as the scope `name=value`. */
  flagParams?: string[];
  /** The scopes a consent asks for when the URL names none (Facebook: public_profile). */
  defaultScopes?: string[];
  /** Parameters that move the scope list to the provider's server (Facebook's config_id). */
  opaqueParams?: string[];
}

/** Markup that only this provider's prompt has. */
export interface MarkupRule {
  selector: string;
  /** As for UrlRule.weak: markup that needs a provider-less prompt on the page to count. */
  weak?: boolean;
  implies?: CategoryId[];
}

/**
 * An SDK call written in an inline page script (`Plaid.create(`, `FB.login(`): inline script text is in
 * the DOM, unlike the calls themselves. Options named in `scopeKeys` are read from the call's
 * arguments (`scope: 'email,user_friends'`, `products: ['transactions']`).
 */
export interface CallRule {
  /** The callee as written, e.g. 'TellerConnect.setup'. */
  call: string;
  scopeKeys?: string[];
  /** Options that are settings: `access_mode: 'recurrent'` reads as scope 'access_mode=recurrent'. */
  flagKeys?: string[];
  /** The call's first argument is the list of requested fields (navigator.contacts.select). */
  firstArgIsScopes?: boolean;
  implies?: CategoryId[];
  weak?: boolean;
}

/** What a Block stops: requests to these domains (and their subdomains) made by the blocked site. */
export interface BlockRule {
  /**
   * Empty for prompts with no provider to cut off (a page's own bank-login form): those are blocked
   * in the page only, by disabling the element.
   */
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
  /** Finer grouping of prompts; see PromptFlow. */
  flow?: PromptFlow;
  /**
   * What the provider can hand over when nothing on the page says which (shown as "possible"). For a
   * bank-link aggregator: everything its products return (chosen on its server). For an OAuth
   * provider: what a plain sign-in asks for, since a site that wants more must name the scopes in the
   * consent URL, which is read as soon as it opens.
   */
  possible: CategoryId[];
  /** Granted with any yes, whatever the scopes say (e.g. a public profile). */
  implied?: CategoryId[];
  /** What the prompt itself asks for, when its shape says so (a password field, "Upload contacts"): shown as requested. */
  asks?: CategoryId[];
  /** Scope, product or permission identifier → categories. Keys are compared lower-case. */
  scopes?: Record<string, CategoryId[]>;
  /** Loader scripts of the provider's widget or SDK. */
  scripts?: UrlRule[];
  /** The provider's widget frame: an iframe's src in the host page, or the document URL inside it. */
  frames?: UrlRule[];
  /** Consent / authorize URLs: the top-level page, links, form actions, frames. */
  authorize?: AuthorizeRule[];
  /** Markup that only this provider's prompt has (CSS selectors). Scope lists are read from data-scope / scope / content. */
  selectors?: string[];
  /** Markup with options (weak markup). */
  markup?: MarkupRule[];
  /** SDK calls in inline page scripts. */
  calls?: CallRule[];
  /** Names people see on buttons ("Continue with Facebook"), lower-case. */
  names?: string[];
  /** Short names a site uses in its own sign-in routes (/auth/google_oauth2, ?provider=github), lower-case. */
  routeSlugs?: string[];
  /**
   * The provider's own sites (plain hosts, subdomains included). On them, a provider-less prompt of
   * this provider's flow ("Link a bank" on paypal.com) is this provider's.
   */
  sites?: string[];
  /**
   * A stand-in: it names a prompt only when no other provider of its flow is seen in the same tab
   * (the "Link your bank" button that opens Plaid is Plaid's).
   */
  standIn?: boolean;
  /**
   * A stand-in that also gives way to the other stand-ins of its flow: a "Link your bank" button next
   * to a form asking for the bank login is that form's prompt.
   */
  generic?: boolean;
  block: BlockRule;
  /** Where a person can withdraw what was shared. */
  revokeUrl?: string;
  /** Other ids the provider is known by (the reference catalogue's), for cross-checking corpora. */
  aliases?: string[];
}

/**
 * What the content script needs of a provider to spot its prompts: the signatures, not what they
 * mean. Scope lists, scopes → categories, wording and block rules stay with the responder and the
 * background, which read them from the full definition.
 */
export type DetectionProvider = Pick<
  ProviderDefinition,
  'id' | 'kind' | 'flow' | 'asks' | 'scripts' | 'frames' | 'selectors' | 'markup' | 'names' | 'routeSlugs' | 'sites' | 'standIn' | 'generic'
> & {
  authorize?: UrlRule[];
  calls?: Pick<CallRule, 'call' | 'weak' | 'implies'>[];
};

export function flowOf(provider: Pick<ProviderDefinition, 'kind' | 'flow'>): PromptFlow {
  return provider.flow ?? (provider.kind === 'bank-link' ? 'link-bank' : 'sign-in');
}
