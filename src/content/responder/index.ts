import { RESPONDER_AWAITED, RESPONDER_GLOBAL, type ResponderHost } from '../../shared/responder-contract.ts';
import { warningUi } from '../../ui/warning/index.tsx';
import { createResponder } from './responder.ts';

/**
 * responder.js: injected by the background into a frame whose content script found something, or
 * along with the scanner when its markup names a provider (content.js then finds it here).
 */
const host = globalThis as ResponderHost;
const responder = (host[RESPONDER_GLOBAL] ??= createResponder(warningUi));
host[RESPONDER_AWAITED]?.(responder);
