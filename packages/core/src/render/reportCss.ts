/**
 * The stylesheet of the highlight view (`toHtml`, and `@presslens/web`'s renderer and custom
 * element). Colours are light tints under dark text (contrast above 7:1); claim kinds differ by
 * underline style as well as colour, so the view reads without colour vision too.
 */
export const REPORT_CSS = `
.pl-root { --pl-ink: #1b1b1b; --pl-muted: #4b5563; --pl-link: #1d4ed8; --pl-focus: #1d4ed8; color: var(--pl-ink); }
.pl-article { font-family: Georgia, "Times New Roman", serif; font-size: 1.075rem; line-height: 1.95; background: #fff; color: var(--pl-ink, #1b1b1b); padding: 1.25rem 1.75rem; border: 1px solid #d6d3d1; border-radius: 6px; }
.pl-article .pl-title { font-size: 1.6rem; line-height: 1.3; margin: 0 0 1rem; }
.pl-article .pl-paragraph { margin: 0 0 1em; white-space: pre-line; }
.pl-mark { background: none; color: inherit; border-radius: 2px; padding: 0 1px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.pl-mark:focus-visible, .pl-mark:target, .pl-mark.pl-flash { outline: 3px solid var(--pl-focus, #1d4ed8); outline-offset: 2px; }
.pl-mark.pl-flash { background-color: #bfdbfe; }
.pl-person { background: #dbeafe; }
.pl-org { background: #ffedd5; }
.pl-loc { background: #dcfce7; }
.pl-norp, .pl-event, .pl-misc { background: #f3e8ff; }
.pl-value { background: #f1f5f9; }
.pl-entity.pl-form-pronoun, .pl-entity.pl-form-nominal { background: none; box-shadow: inset 0 -2px 0 #60a5fa; }
.pl-time { background: #e0f2fe; box-shadow: inset 0 -2px 0 #0369a1; }
.pl-quote { background-image: linear-gradient(transparent 55%, #fde68a 55%); }
.pl-quote[id]::before, .pl-source[id]::after, .pl-ref { display: inline-block; content: attr(data-ref); font: 700 0.68rem/1.3 system-ui, sans-serif; color: #fff; background: #92400e; border-radius: 3px; padding: 0 0.3em; margin: 0 0.2em; vertical-align: 0.35em; text-decoration: none; }
.pl-source { font-weight: 700; border-bottom: 3px solid #b45309; }
.pl-cue { font-style: italic; border-bottom: 3px double #b45309; }
.pl-claim { text-decoration-line: underline; text-decoration-color: #6d28d9; text-decoration-thickness: 1px; text-underline-offset: 0.3em; }
.pl-claim.pl-check { text-decoration-thickness: 3px; }
.pl-claim-opinion { text-decoration-style: wavy; text-decoration-color: #be185d; }
.pl-claim-prediction { text-decoration-style: dashed; text-decoration-color: #0f766e; }
.pl-claim-question { text-decoration-style: dotted; text-decoration-color: #1d4ed8; }
.pl-claim.pl-check[id]::before { display: inline-block; content: attr(data-cw); font: 700 0.68rem/1.3 system-ui, sans-serif; color: #fff; background: #5b21b6; border-radius: 3px; padding: 0 0.3em; margin-right: 0.2em; vertical-align: 0.35em; }
.pl-vague { border: 1px dashed #b91c1c; }
.pl-hedge { font-style: italic; background: #ede9fe; }
.pl-loaded { color: #9f1239; font-weight: 600; background: #ffe4e6; }
.pl-linked { outline: 2px solid #b45309; outline-offset: 1px; }
.pl-panels { font: 0.95rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--pl-ink, #1b1b1b); }
.pl-panel { background: #fff; border: 1px solid #d6d3d1; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.pl-panel h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
.pl-panel h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; color: var(--pl-muted, #4b5563); }
.pl-panel ul, .pl-panel ol { margin: 0; padding-left: 1.4rem; }
.pl-panel li { margin: 0 0 0.4rem; }
.pl-panel small, .pl-note { color: var(--pl-muted, #4b5563); }
.pl-note { margin: 0 0 0.5rem; }
.pl-panel dt { font-weight: 600; margin-top: 0.5rem; }
.pl-panel dd { margin: 0 0 0 1rem; }
.pl-link { color: var(--pl-link, #1d4ed8); }
.pl-link:focus-visible { outline: 3px solid var(--pl-focus, #1d4ed8); outline-offset: 2px; }
.pl-swatch { padding: 0 0.25em; border-radius: 2px; color: var(--pl-ink, #1b1b1b); }
.pl-score { display: inline-block; min-width: 2.6em; text-align: center; font-weight: 700; color: #fff; background: #5b21b6; border-radius: 3px; font-variant-numeric: tabular-nums; }
.pl-claims li[data-kind="opinion"] .pl-score { background: #9d174d; }
.pl-claims li[data-kind="prediction"] .pl-score { background: #115e59; }
.pl-claims li[data-kind="question"] .pl-score { background: #1e40af; }
.pl-key { list-style: none; padding: 0 !important; columns: 2; }
.pl-key li { break-inside: avoid; }
`;
