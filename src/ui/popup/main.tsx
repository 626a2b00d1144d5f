import { render } from 'preact';
import { ext } from '../../shared/browser.ts';
import { Popup } from './Popup.tsx';

/** The tab to show: `?tab=<id>` (the popup opened as a page, as tests do), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isSafeInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

void targetTab().then((tabId) => render(<Popup tabId={tabId} />, document.getElementById('app')!));
