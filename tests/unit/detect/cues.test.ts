// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true, "navigation": {"disableChildFrameNavigation": true, "disableChildPageNavigation": true, "disableMainFrameNavigation": true}}}
// The words, language by language, through the whole label path (the cheap word gate, the phrase
// matching, the attribution): the lexicon is data, and these samples keep it honest.
import { describe, expect, it } from 'vitest';
import { hasBankIntent } from '../../../src/detect/phrases.ts';
import { detect, summary } from './helpers.ts';

const providersOf = (label: string, url?: string) => Object.keys(summary(detect(`<button>${label}</button>`, url))).sort();

const LINK_BANK: Record<string, string[]> = {
  en: ['Link your bank', 'Connect bank account', 'Add a bank account', 'Verify your bank account', 'Securely link your checking account', '+ Add bank'],
  es: ['Vincular cuenta bancaria', 'Conecta tu banco', 'Agregar cuenta bancaria', 'Añadir una cuenta de banco'],
  fr: ['Connecter ma banque', 'Ajouter un compte bancaire', 'Lier votre compte bancaire', 'Synchroniser votre banque'],
  de: ['Bankkonto verbinden', 'Mit deiner Bank verbinden', 'Verbinde dein Bankkonto', 'Bankverbindung hinzufügen', 'Girokonto verknüpfen'],
  pt: ['Conectar conta bancária', 'Vincule sua conta bancária', 'Conecte seu banco', 'Adicionar conta bancária'],
  it: ['Collega il tuo conto', 'Collega la tua banca', 'Aggiungi conto bancario', 'Connetti il tuo conto corrente'],
  nl: ['Koppel je bank', 'Bankrekening koppelen', 'Verbind je bankrekening', 'Rekening toevoegen'],
  pl: ['Połącz konto bankowe', 'Połącz z bankiem', 'Dodaj rachunek bankowy', 'Podłącz bank'],
};

const CONTACTS: Record<string, string[]> = {
  en: ['Find friends', 'Find your friends', 'Sync contacts', 'Upload your contacts', 'Import your address book', 'See who you know', 'Find people you may know'],
  es: ['Buscar amigos', 'Encuentra a tus amigos', 'Sincronizar contactos', 'Subir contactos', 'Importar contactos'],
  fr: ['Trouver des amis', 'Retrouver vos amis', 'Synchroniser les contacts', "Importer le carnet d'adresses", 'Inviter vos contacts'],
  de: ['Freunde finden', 'Kontakte synchronisieren', 'Kontakte hochladen', 'Adressbuch importieren', 'Finde deine Freunde'],
  pt: ['Encontrar amigos', 'Encontre seus amigos', 'Sincronizar contatos', 'Importar contactos', 'Carregar contactos'],
  it: ['Trova amici', 'Trova i tuoi amici', 'Sincronizza contatti', 'Importa la rubrica', 'Carica i contatti'],
  nl: ['Vrienden zoeken', 'Vind je vrienden', 'Contacten synchroniseren', 'Adresboek importeren', 'Contacten uploaden'],
  pl: ['Znajdź znajomych', 'Synchronizuj kontakty', 'Importuj kontakty', 'Prześlij kontakty', 'Zaproś kontakty'],
};

const SIGN_IN: [string, string][] = [
  ['Continue with Facebook', 'facebook'], ['Log in with Facebook', 'facebook'], ['Sign in with Apple', 'apple'], ['Sign up with Apple', 'apple'],
  ['Sign in with Microsoft', 'microsoft'], ['Continue with X', 'x-twitter'], ['Sign in with Twitter', 'x-twitter'], ['Login with Amazon', 'amazon'],
  ['Continue with GitHub', 'github'], ['Log in with Discord', 'discord'], ['Continue with TikTok', 'tiktok'], ['Continue with Snapchat', 'snapchat'],
  ['Log in with Spotify', 'spotify'], ['Continue with Reddit', 'reddit'], ['Sign in with Yahoo', 'yahoo'], ['Sign in with Slack', 'slack'],
  ['Sign in with LinkedIn', 'linkedin'], ['Continue with Instagram', 'instagram-login'], ['Apply with LinkedIn', 'linkedin'],
  ['Iniciar sesión con Facebook', 'facebook'], ['Regístrate con Google', 'google'], ['Se connecter avec Apple', 'apple'], ["S'inscrire avec Google", 'google'],
  ['Mit Apple fortfahren', 'apple'], ['Über Google anmelden', 'google'], ['Fazer login com o Facebook', 'facebook'], ['Cadastre-se com Google', 'google'],
  ['Registrati con Facebook', 'facebook'], ['Aanmelden met Microsoft', 'microsoft'], ['Zarejestruj się przez Apple', 'apple'], ['Kontynuuj z Facebookiem', 'facebook'],
  ['Connect with Plaid', 'plaid'], ['Authenticate with Mono', 'mono'],
];

describe('labels that ask to link a bank', () => {
  for (const [lang, labels] of Object.entries(LINK_BANK)) {
    it(`in ${lang}`, () => {
      for (const label of labels) expect(providersOf(label), label).toEqual(['bank-link-prompt']);
    });
  }
  it('names the aggregator when the label does', () => {
    expect(providersOf('Link your bank with Plaid')).toEqual(['plaid']);
  });
});

describe('labels that ask for contacts', () => {
  for (const [lang, labels] of Object.entries(CONTACTS)) {
    it(`in ${lang}`, () => {
      for (const label of labels) expect(providersOf(label), label).toEqual(['contact-upload-prompt']);
    });
  }
  it('gives them to the site that owns them', () => {
    expect(providersOf('Sync contacts', 'https://x.com/i/connect_people')).toEqual(['x-contact-sync']);
    expect(providersOf('Find friends', 'https://www.facebook.com/')).toEqual(['facebook-contact-upload']);
  });
});

describe('sign-in labels', () => {
  it('name their provider', () => {
    for (const [label, provider] of SIGN_IN) expect(providersOf(label), label).toEqual([provider]);
  });
});

describe('labels that are not prompts', () => {
  const quiet = [
    'How do I link my bank account?', 'Why connect your bank?', 'Open a checking account', 'Connect with a banker', 'Find a branch', 'Add a bank card',
    'Contact us', 'Add contact', 'New contact', 'Invite friends', 'Add friend', 'Friends', 'Bank of America', 'Banking', 'Online Banking',
    'Kontakt aufnehmen', 'Contáctanos', 'Nous contacter', 'Contattaci', 'Neem contact op', 'Skontaktuj się z nami', 'Fale conosco',
    'Sign in', 'Log in with email', 'Sign in with SSO', 'Sign in with a passkey', 'Continue', 'Google', 'Facebook',
    'Share on Facebook', 'Tweet', 'Follow us on Instagram', 'Download on the App Store', 'Get it on Google Play', 'Add to Google Calendar',
    'Pay with Apple Pay', 'Buy with Google Pay', 'Pay with Amazon', 'Listen on Spotify', 'Join our Discord', 'Connect on LinkedIn',
  ];
  it('stay quiet', () => {
    for (const label of quiet) expect(providersOf(label), label).toEqual([]);
  });
});

describe('words around a form', () => {
  it('tell a third party asking for the bank login from the bank itself', () => {
    for (const text of [
      'Enter the username and password you use for your bank', 'Log in to your bank to continue', 'Select your bank', 'Ingresa la contraseña de tu banco',
      'Saisissez vos identifiants bancaires', 'Gib die Zugangsdaten deiner Bank ein', 'Digite a senha do seu banco', 'Inserisci le credenziali della tua banca',
      'Log in bij je bank', 'Zaloguj się do swojego banku',
    ]) {
      expect(hasBankIntent(text), text).toBe(true);
    }
    for (const text of ['Online Banking login', 'Sign on to Online Banking', 'Username Password Remember me', 'Acceso clientes Clave de acceso', 'Online-Banking Login Anmeldename PIN']) {
      expect(hasBankIntent(text), text).toBe(false);
    }
  });
});
