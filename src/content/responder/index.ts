import { RESPONDER_AWAITED, RESPONDER_GLOBAL, type ResponderHost } from '../../shared/responder-contract.ts';
import { warningUi } from '../../ui/warning/index.tsx';
import { createResponder } from './responder.ts';

/** responder.js: injected by the background into a frame whose content script found something. */
const host = globalThis as ResponderHost;
host[RESPONDER_AWAITED]?.((host[RESPONDER_GLOBAL] ??= createResponder(warningUi)));
