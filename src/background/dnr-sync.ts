import { providerById } from '../providers/catalog/index.ts';
import { ext } from '../shared/browser.ts';
import { buildBlockRules, type BlockRuleDnr } from './block-rules.ts';
import { SerialQueue } from './serial.ts';
import type { Settings } from './settings.ts';

const queue = new SerialQueue();

interface DnrApi {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(o: { removeRuleIds: number[]; addRules: BlockRuleDnr[] }): Promise<void>;
}

/** Makes the browser's dynamic rules exactly the ones the decisions call for. Idempotent. */
export function syncBlockRules(settings: Settings): Promise<void> {
  return queue.run('dnr', async () => {
    const dnr = ext.declarativeNetRequest as unknown as DnrApi;
    const addRules = buildBlockRules(settings.decisions, providerById, Date.now());
    const removeRuleIds = (await dnr.getDynamicRules()).map((r) => r.id);
    await dnr.updateDynamicRules({ removeRuleIds, addRules });
  });
}
