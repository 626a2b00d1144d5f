// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "navigation": {"disableChildFrameNavigation": true, "disableChildPageNavigation": true, "disableMainFrameNavigation": true}}}
// What the engine reads from a page, signal by signal. The labelled corpus (npm run eval) measures
// the whole; these pin down each rule and the reasons behind it.
import { afterEach, describe, expect, it } from 'vitest';
import { anchorsByProvider, combine } from '../../../src/detect/index.ts';
import { providerById } from '../../../src/providers/catalog/index.ts';
import { detect, errors, findingsFor, read, scanner, summary } from './helpers.ts';

/** A page URL's findings as the responder sees them (scopes read). */
const urlFindings = (url: string) => read(scanner.scanUrl(url), url);

afterEach(() => expect(errors).toEqual([]));

const PLAID_SCRIPT = '<script src="https://cdn.plaid.com/link/v2/stable/link-initialize.js"></script>';

describe('URLs', () => {
  it('reads an OAuth scope list from a link, with who asks', () => {
    const [d] = detect('<a href="https://www.facebook.com/v19.0/dialog/oauth?client_id=1&redirect_uri=https%3A%2F%2Fquiz.example%2Fcb&scope=user_friends,email">Go</a>');
    expect(d).toMatchObject({ provider: 'facebook', certainty: 'requested', requester: 'quiz.example', risk: 'high' });
    expect([...d!.categories].sort()).toEqual(['email', 'friends', 'profile']);
    expect(d!.scopes).toEqual(['user_friends', 'email']);
  });

  it('needs the asking app in the URL: the provider\'s own sign-in is not a prompt', () => {
    expect(scanner.scanUrl('https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fmail.google.com&service=mail')).toEqual([]);
    expect(scanner.scanUrl('https://accounts.google.com/v3/signin/identifier?client_id=1.apps.googleusercontent.com&scope=openid+email')).toHaveLength(1);
  });

  it('follows a provider login page to the consent URL it carries, relative or absolute', () => {
    const gh = urlFindings('https://github.com/login?client_id=x&return_to=%2Flogin%2Foauth%2Fauthorize%3Fclient_id%3Dx%26scope%3Drepo');
    expect(gh).toMatchObject([{ provider: 'github', scopes: ['repo'] }]);
    expect(scanner.scanUrl('https://www.facebook.com/logout.php?next=https%3A%2F%2Fwww.facebook.com%2Fdialog%2Foauth%3Fclient_id%3D1')).toEqual([]);
  });

  it('ignores token, logout and share endpoints', () => {
    for (const url of [
      'https://oauth2.googleapis.com/token',
      'https://github.com/login/oauth/access_token?client_id=1&code=2',
      'https://login.microsoftonline.com/common/oauth2/v2.0/logout',
      'https://www.facebook.com/sharer/sharer.php?u=https://a.example',
      'https://twitter.com/intent/tweet?text=hi',
      'https://www.facebook.com/dialog/share?app_id=1&href=https://a.example',
    ]) {
      expect(scanner.scanUrl(url), url).toEqual([]);
    }
  });

  it('reads settings that widen access as scopes, and JSON scope lists', () => {
    const [g] = urlFindings('https://accounts.google.com/o/oauth2/v2/auth?client_id=1&scope=openid&access_type=offline');
    expect(g!.scopes).toEqual(['openid', 'access_type=offline']);
    const [fb] = urlFindings('https://www.facebook.com/privacy/consent/gdp/?params%5Bapp_id%5D=1&params%5Bscope%5D=%5B%22email%22%2C%22user_friends%22%5D');
    expect(fb!.scopes).toEqual(['email', 'user_friends']);
  });

  it('keeps what the provider hides server-side "possible" (Facebook Login for Business)', () => {
    const [d] = combine(urlFindings('https://www.facebook.com/v19.0/dialog/oauth?client_id=1&config_id=99'), providerById);
    expect(d).toMatchObject({ provider: 'facebook', certainty: 'possible' });
  });
});

describe('scripts, frames and markup', () => {
  it('lists what Plaid can hand over when Link is loaded', () => {
    const [d] = detect('<button>Open</button>', undefined, PLAID_SCRIPT);
    expect(d).toMatchObject({ provider: 'plaid', certainty: 'possible', kind: 'bank-link' });
  });

  it('ignores an SDK that also draws other widgets, unless a prompt of its flow is on the page', () => {
    expect(detect('<div class="fb-like"></div>', undefined, '<script src="https://connect.facebook.net/en_US/sdk.js"></script>')).toEqual([]);
    const stripe = '<script src="https://js.stripe.com/v3/"></script>';
    expect(detect('<button>Pay $10</button>', undefined, stripe)).toEqual([]);
    expect(summary(detect('<button>Add bank account</button>', undefined, stripe))).toEqual({
      'stripe-financial-connections': ['account-numbers', 'balances', 'identity', 'transactions'],
    });
  });

  it('reads scopes from markup and from SDK calls in inline scripts', () => {
    expect(summary(detect('<div class="fb-login-button" data-scope="public_profile,user_likes"></div>'))).toEqual({ facebook: ['likes', 'profile'] });
    expect(summary(detect('<script>TellerConnect.setup({ applicationId: "a", products: ["balance"] })</script>'))).toEqual({
      teller: ['balances', 'bank-credentials'],
    });
    // Data blocks are not code; scripts typed as code are.
    expect(detect('<script type="application/json">{"x": "Plaid.create(1)"}</script>')).toEqual([]);
    for (const type of ['module', 'text/javascript', 'Application/ECMAScript']) expect(detect(`<script type="${type}">Plaid.create({})</script>`)).toMatchObject([{ provider: 'plaid' }]);
  });

  it('knows a widget frame by its markup, whichever of its provider\'s selectors it matches', () => {
    const plaid = (frame: string) => findingsFor(frame).filter((f) => f.provider === 'plaid' && f.signal === 'markup').map((f) => f.detail);
    expect(plaid('<iframe title="Plaid Link"></iframe>')).toEqual(["iframe[title='Plaid Link']"]);
    expect(plaid('<iframe id="plaid-link-iframe-1"></iframe>')).toEqual(["iframe[id^='plaid-link-iframe-']"]);
    expect(plaid('<iframe id="plaid-link-iframe-1" title="Plaid Link"></iframe>')).toHaveLength(2);
    expect(plaid('<iframe title="Comments"></iframe><iframe id="mono-connect--frame-id"></iframe>')).toEqual([]);
    expect(findingsFor('<iframe id="mono-connect--frame-id"></iframe>').map((f) => f.provider)).toContain('mono');
  });
});

describe('words', () => {
  it('reads "sign in with" labels in every supported language', () => {
    const labels = [
      'Continue with Google', 'Continuar con Google', 'Continuer avec Google', 'Mit Google anmelden', 'Entrar com o Google', 'Accedi con Google',
      'Doorgaan met Google', 'Kontynuuj z Google', 'Iniciar sesión con tu cuenta de Google', 'Zaloguj się przez Google', 'Google Login',
    ];
    for (const label of labels) expect(Object.keys(summary(detect(`<button>${label}</button>`))), label).toEqual(['google']);
  });

  it('does not take a provider\'s name alone for a prompt', () => {
    for (const label of ['Follow us on Facebook', 'Share on Facebook', 'Sign up for Spotify', 'Join our Discord', 'Connect on LinkedIn', 'Shop plaid', 'continue with plaid pattern', 'Learn more about Sign in with Google', 'Pay with Apple Pay']) {
      expect(detect(`<button>${label}</button>`), label).toEqual([]);
    }
  });

  it('names a bank-link prompt with no provider behind it, in every supported language', () => {
    const labels = ['Link a bank account', 'Vincular cuenta bancaria', 'Connecter ma banque', 'Bankkonto verbinden', 'Conectar conta bancária', 'Collega il tuo conto', 'Koppel je bank', 'Połącz konto bankowe'];
    for (const label of labels) expect(Object.keys(summary(detect(`<button>${label}</button>`))), label).toEqual(['bank-link-prompt']);
  });

  it('names contact upload prompts, and asks only for contacts', () => {
    const labels = ['Find friends', 'Sincronizar contactos', 'Importer vos contacts', 'Kontakte synchronisieren', 'Encontrar amigos', 'Trova amici', 'Contacten uploaden', 'Znajdź znajomych'];
    for (const label of labels) expect(summary(detect(`<button>${label}</button>`)), label).toEqual({ 'contact-upload-prompt': ['contacts'] });
  });

  it('skips questions, headlines, prose and article links', () => {
    expect(detect('<button>How do I link my bank account?</button>')).toEqual([]);
    expect(detect('<h2><a href="/x">Link your bank account</a></h2>')).toEqual([]);
    expect(detect('<p>Many people <a href="/x">link your bank account</a> without reading what they agree to, sadly.</p>')).toEqual([]);
    expect(detect('<a href="/2024/05/how-to-link-your-bank-account">Link your bank account</a>')).toEqual([]);
  });

  it('lends a provider-less button to the provider it opens, for the warning and the block', () => {
    const findings = findingsFor('<button id="go">Link your bank account</button>', undefined, PLAID_SCRIPT);
    expect(Object.keys(summary(combine(findings, providerById)))).toEqual(['plaid']);
    expect(anchorsByProvider(findings).get('plaid')?.map((e) => e.id)).toEqual(['go']);
  });

  it('gives a provider-less prompt on a payment app\'s own site to that app', () => {
    expect(Object.keys(summary(detect('<button>Link a bank</button>', 'https://www.paypal.com/myaccount/money/')))).toEqual(['paypal-link-bank']);
    expect(detect('<button>Add a card</button>', 'https://shop.example/account')).toEqual([]);
    expect(Object.keys(summary(detect('<div role="button">Add payment method</div>', 'https://www.facebook.com/')))).toEqual(['meta-pay']);
  });

  it('reads no labels on documentation pages', () => {
    expect(detect('<a href="/api/auth/signin/google">Sign in with Google</a>', 'https://docs.example.com/guide')).toEqual([]);
  });
});

describe('forms', () => {
  it('warns when a page that is not the bank asks for the online-banking login', () => {
    const form = '<h2>Connect your bank</h2><form><input name="u"><input type="password" name="p"><button>Connect</button></form>';
    expect(summary(detect(form))).toEqual({ 'bank-login-form': ['bank-credentials'] });
  });

  it('stays quiet on a bank\'s own login', () => {
    expect(detect('<form><h2>Online Banking</h2><input name="u"><input type="password"><button>Sign in</button><a href="/enroll">Enroll</a></form>')).toEqual([]);
  });

  it('takes routing + account number fields for a link in any language, and an IBAN only with words about linking', () => {
    expect(summary(detect('<form><input name="routing_number"><input name="account_number"><button>保存</button></form>'))).toEqual({ 'bank-account-form': ['account-numbers'] });
    expect(detect('<form><label>IBAN <input name="iban"></label><button>Jetzt kaufen</button></form>')).toEqual([]);
    expect(summary(detect('<h3>Koppel je bankrekening</h3><form><input name="iban"><button>Opslaan</button></form>'))).toEqual({ 'bank-account-form': ['account-numbers'] });
  });

  it('leaves the login inside an aggregator\'s own widget to the aggregator', () => {
    const d = detect('<h1>Select your bank</h1><form><input name="u"><input type="password"><button>Submit</button></form>', 'https://connect2.finicity.com/?customerId=1&partnerId=2&signature=3');
    expect(Object.keys(summary(d))).toEqual(['finicity-mastercard']);
  });
});

describe('consent panes', () => {
  it('makes a bank widget exact from its data list, but not from its bank list', () => {
    const url = 'https://cdn.plaid.com/link/v2/stable/link.html?token=link-1';
    expect(summary(detect('<ul><li>Account balances</li><li>Transaction history</li></ul>', url))).toEqual({ plaid: ['balances', 'transactions'] });
    const banks = '<ul><li><button>Fidelity Investments</button></li><li><button>Chase</button></li></ul>';
    expect(detect(banks, url)[0]).toMatchObject({ provider: 'plaid', certainty: 'possible' });
  });

  it('reads consent panes in other languages', () => {
    const url = 'https://www.facebook.com/v19.0/dialog/oauth?client_id=1&config_id=2';
    expect(summary(detect('<ul><li>Tu lista de amigos</li><li>Dirección de correo electrónico</li></ul>', url))).toEqual({ facebook: ['email', 'friends', 'profile'] });
  });
});

describe('robustness', () => {
  it('scans an element subtree, an open shadow root, and itself', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Continue with Apple';
    shadow.append(button);
    expect(scanner.scanTree(shadow, 'https://a.example/').map((f) => f.provider)).toEqual(['apple']);
    expect(scanner.scanTree(button, 'https://a.example/').map((f) => f.provider)).toEqual(['apple']);
  });

  it('keeps every finding\'s element so the content script can place the warning', () => {
    const findings = findingsFor(`<a href="/users/auth/github">GitHub</a><iframe src="https://widgets.moneydesktop.com/md/connect/x"></iframe>${PLAID_SCRIPT}`);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    for (const f of findings) expect(f.anchor).toBeInstanceOf(Element);
  });
});
