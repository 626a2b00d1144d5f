import { providerById } from '../providers/catalog/index.ts';
import { ext } from '../shared/browser.ts';
import { buildBlockRules, ruleChanges, type BlockRuleDnr } from './block-rules.ts';
import { SerialQueue } from './serial.ts';
import type { Settings } from './settings.ts';

const queue = new SerialQueue();

interface DnrApi {
  getDynamicRules(): Promise<BlockRuleDnr[]>;
  updateDynamicRules(o: { removeRuleIds: number[]; addRules: BlockRuleDnr[] }): Promise<void>;
}

/**
 * Makes the browser's dynamic rules exactly the ones the decisions call for, touching only those that
 * differ. Idempotent: the resync that follows every saved decision changes nothing (before it was a
 * no-op, a page opened during it loaded the Plaid script the user had just blocked, in Chromium e2e).
 */
export function syncBlockRules(settings: Settings): Promise<void> {
  return queue.run('dnr', async () => {
    const dnr = ext.declarativeNetRequest as unknown as DnrApi;
    const wanted = buildBlockRules(settings.decisions, providerById, Date.now());
    const changes = ruleChanges(await dnr.getDynamicRules(), wanted);
    if (changes.removeRuleIds.length || changes.addRules.length) await dnr.updateDynamicRules(changes);
  });
}
