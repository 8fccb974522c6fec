import { css } from 'lit';

/**
 * `<carepath-screener>`: narrow first, sizes in em, colors from the shared tokens. One rule per line:
 * Lit keeps CSS text as written, so every byte ships.
 */
export const screenerStyles = css`
.root{padding:1em}
h2{font-size:1.3em;line-height:1.3;margin:.5em 0}
h3{font-size:1.05em;margin:1em 0 .25em}
p{margin:.5em 0}
ul,ol{margin:.25em 0;padding-inline-start:1.25em}
fieldset,legend{border:0;margin:0;padding:0;min-width:0}
label{display:flex;gap:.6em;margin:.4em 0;padding:.5em .75em;border:.0625em solid var(--_border);border-radius:var(--_radius);cursor:pointer}
label:has(:checked){border-color:var(--_accent);background:var(--_accent-soft);box-shadow:inset .25em 0 var(--_accent)}
input{flex:none;width:1.25em;height:1.25em;margin:.15em 0;accent-color:var(--_accent)}
.muted{color:var(--_muted)}
.error{color:var(--_danger);font-weight:600}
.nav{display:flex;flex-wrap:wrap;gap:.75em;margin-top:1em}
button,.cta{display:inline-block;font:inherit;min-height:2.75em;padding:.5em 1.25em;border:.0625em solid var(--_accent);border-radius:var(--_radius);background:var(--_surface);color:var(--_accent);cursor:pointer}
.primary,.cta{background:var(--_accent);color:var(--_on-accent);font-weight:600;text-decoration:none}
.link{border-color:transparent;background:none;text-decoration:underline;padding-inline:.25em}
.notice,.help{border:.125em solid var(--_accent);border-radius:var(--_radius);padding:.5em 1em;margin:1em 0}
.help li{white-space:pre-line}
@media (forced-colors:active){button,.cta,label{border-color:ButtonText}label:has(:checked){border:.1875em solid Highlight}}
@media print{button{display:none}}
`;
