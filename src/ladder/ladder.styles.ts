import { css } from 'lit';

/**
 * `<carepath-ladder>`: narrow-first, one column; the root is a size container and the horizontal
 * layout comes at 56em (or always with `orientation="horizontal"`), its columns wrapping so the page
 * never scrolls sideways. One rule a line: bytes count. The highlighted rung shows its accent border
 * and tint; its words ("Suggested starting point") carry the meaning in forced colors and print.
 */
export const ladderStyles = css`
  /* A query container has no width of its own; inside a shrink-to-fit box it needs one. */
  .root { container-type: inline-size; contain-intrinsic-inline-size: 20em; padding: 0.75em; }
  h2 { font-size: 1.25em; margin: 0; }
  h3 { font-size: 1em; margin: 0 0 0.25em; }
  p, dd, .cta { margin: 0 0 0.5em; }
  .edition, .code { color: var(--_muted); font-weight: 400; }
  /* " · Level 4" never breaks before its number. */
  .code { white-space: nowrap; }
  ol { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5em; align-items: start; }
  .ladder { gap: 1em; margin-bottom: 1em; }
  .horizontal { grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr)); }
  @container (min-width: 56em) { .ladder.auto { grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr)); } }
  .rung { border: 0.0625em solid var(--_border); border-left-width: 0.375em; border-radius: var(--_radius); }
  .hl { border-color: var(--_accent); background: var(--_accent-soft); }
  button { display: block; width: 100%; min-height: 2.75em; padding: 0.5em 0.75em 0.5em 1.75em; position: relative; border: 0; background: none; color: inherit; font: inherit; text-align: start; cursor: pointer; }
  button::before { content: ''; position: absolute; left: 0.7em; top: 0.95em; width: 0.45em; height: 0.45em; border: solid; border-width: 0 0.125em 0.125em 0; rotate: -45deg; }
  [aria-expanded='true']::before { rotate: 45deg; }
  .name, dt, .cta { font-weight: 600; }
  .name { margin-right: 0.5em; }
  .badge { margin: 0.25em 0.5em 0 0; white-space: normal; }
  .details { padding: 0 0.75em 0.25em 1.75em; }
  .cta { display: inline-block; padding: 0.5em 1em; border-radius: var(--_radius); background: var(--_accent); color: var(--_on-accent); text-decoration: none; }
  @media (forced-colors: active) { .cta { border: 0.0625em solid; } }
`;
