/** Styles shared by the warning and the popup; the warning's live in its closed shadow root. */
export const BASE_CSS = `
:host, .sg { all: initial; }
.sg { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f1f1f; display: block; }
.sg * { box-sizing: border-box; }
.title { display: flex; flex-direction: column; gap: 4px; margin-bottom: 6px; }
.title strong { font-size: 15px; }
.risk { align-self: flex-start; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 2px 6px; border-radius: 4px; }
.risk-high { background: #b3261e; color: #fff; }
.risk-medium { background: #f9dedc; color: #8c1d18; }
.risk-low { background: #e8eaed; color: #3c4043; }
.lead { margin: 4px 0; }
.categories { margin: 4px 0 8px; padding-left: 18px; }
.categories li { margin: 2px 0; }
.why { color: #444; }
.evidence { color: #555; font-size: 12px; margin: 4px 0; }
.evidence ul { margin: 4px 0; padding-left: 18px; }
.revoke { font-size: 12px; color: #0b57d0; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
button { font: inherit; font-weight: 600; padding: 6px 14px; border-radius: 6px; border: 1px solid #747775; background: #fff; color: #1f1f1f; cursor: pointer; }
button.block { background: #b3261e; border-color: #b3261e; color: #fff; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.note { background: #f1f3f4; border-left: 4px solid #5f6368; padding: 6px 8px; margin: 6px 0; }
`;
