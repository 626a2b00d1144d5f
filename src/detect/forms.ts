import { normalizeText } from './cues.ts';
import { spacedText } from './text.ts';

/**
 * Form shapes (judged in scan.ts, their words in read.ts). Two are bank-link prompts with no provider behind them:
 *  - a password field whose surroundings speak of someone else's bank ("Connect your bank", "your
 *    bank's password"): a page that is not the bank collecting the online-banking login. A bank's own
 *    login ("Online Banking", "Username", "Password") says none of that and stays quiet.
 *  - fields for the numbers that let anyone debit the account: routing/sort code/BSB + account number
 *    (a shape that needs no language), or an IBAN next to words about linking a bank account (an IBAN
 *    alone is also how a SEPA checkout pays).
 * Both start from cheap element checks; text is read only around a form that has such a field.
 */
/** What a field's attributes or label say it is, read without accents ("Número de cuenta" as "Numero de cuenta"). */
const ROUTING = /routing|sort.?code|\bbsb\b|transit.?n|institution.?n|bank.?code|bankleitzahl|(?:^|[^a-z])(?:aba|blz|clabe|ifsc|rtn)(?:[^a-z]|$|n)|codigo.?(?:del?.?)?banco|agencia|code.?(?:banque|guichet)|codice.?abi|numer.?rozliczeniowy/i;
const ACCOUNT = /account.?(?:number|num|no|nr)|acct.?(?:number|num|no|nr)?\b|(?:bank|checking|savings).?account|kontonummer|numero.?(?:d[ei].?)?(?:cuenta|conta|compte|conto)|num.?compte|numer.?(?:konta|rachunku)|rekeningnummer|conta.?corrente|cuenta.?bancaria/i;
/** In a label, IBAN is a word of its own ("Libanon" is not one). */
const IBAN_ATTR = /iban/i;
const IBAN_WORD = /\biban\b/i;
/** Card checkouts name these; a card field is not a bank link. */
const CARD_ATTR = /cc-?number|card.?number|cardnumber|numero.?(?:de.?)?tarjeta|kartennummer/i;

/** Fields worth a look: what an input or label says about itself. */
export type FieldKind = 'password' | 'routing' | 'account' | 'iban';

export function fieldKindOfInput(input: Element): FieldKind | null {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'password') return 'password';
  if (type !== 'text' && type !== 'number' && type !== 'tel' && type !== '') return null;
  const attrs = `${input.getAttribute('name') ?? ''} ${input.id} ${input.getAttribute('autocomplete') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`;
  if (attrs.length < 3 || CARD_ATTR.test(attrs)) return null;
  return kindOf(attrs, IBAN_ATTR);
}

export function fieldKindOfLabel(label: Element): FieldKind | null {
  const text = label.textContent ?? '';
  return text.length > 80 ? null : kindOf(text, IBAN_WORD);
}

function kindOf(raw: string, iban: RegExp): FieldKind | null {
  const text = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (iban.test(text)) return 'iban';
  if (ROUTING.test(text)) return 'routing';
  if (ACCOUNT.test(text)) return 'account';
  return null;
}


const CONTEXT_CHARS = 2_000;

/**
 * Words around a form: its own text, its fields' placeholders and labels, and, while small, the box
 * it sits in (a heading above it). Bounded, and read only for forms with a telling field.
 */
export function contextText(scope: Element): string {
  let box: Element = scope;
  let length = (box.textContent ?? '').length;
  for (let i = 0; i < 3 && length < CONTEXT_CHARS / 2 && box.parentElement && box.parentElement.localName !== 'html'; i++) {
    const parentLength = (box.parentElement.textContent ?? '').length;
    if (parentLength > CONTEXT_CHARS) break;
    box = box.parentElement;
    length = parentLength;
  }
  const parts = [spacedText(box, CONTEXT_CHARS * 2)];
  let n = 0;
  for (const input of scope.querySelectorAll('input,button')) {
    if (++n > 30) break;
    parts.push(input.getAttribute('placeholder') ?? '', input.getAttribute('aria-label') ?? '', input.getAttribute('value') ?? '');
  }
  parts.push(scope.ownerDocument?.title ?? '');
  return normalizeText(parts.join(' '));
}

/** What a person would press to send the form: the warning sits next to it. */
export function submitOf(scope: Element, fallback: Element): Element {
  return scope.querySelector('button[type=submit],input[type=submit],button:not([type])') ?? fallback;
}
