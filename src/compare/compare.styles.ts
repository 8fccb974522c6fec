import { css } from 'lit';

/**
 * `<carepath-compare>`, narrow first: the table scrolls sideways inside its own labelled, focusable
 * region with sticky row headers, so the page never does (DESIGN §1.3). A container of 30em or
 * more gets wider row headers. One rule a line: bytes count.
 */
export const compareStyles = css`
  /* A query container has no width of its own; inside a shrink-to-fit box it needs one. */
  .root { container-type: inline-size; contain-intrinsic-inline-size: 20em; padding: 0.75em; }
  .scroll { overflow-x: auto; border: 0.0625em solid var(--_border); border-radius: var(--_radius); }
  table { border-spacing: 0; width: 100%; }
  caption { text-align: start; font-weight: 700; font-size: 1.125em; padding: 0.5em; }
  /* The caption stays in view, wrapped to the region's width, while the table scrolls. */
  caption > span { display: inline-block; position: sticky; left: 0.5em; max-width: calc(100cqw - 2em); }
  th, td { padding: 0.5em; text-align: start; vertical-align: top; min-width: 8em; border-top: 0.0625em solid var(--_border); }
  tr > :first-child { position: sticky; left: 0; z-index: 1; min-width: 6em; width: 6.5em; background: var(--_surface); border-right: 0.0625em solid var(--_border); }
  .ours { background: var(--_accent-soft); }
  th.ours { border-top: 0.25em solid var(--_accent); }
  .name, .code { display: block; }
  .code { font-weight: 400; color: var(--_muted); }
  .badge { margin-top: 0.25em; }
  ul { margin: 0; padding-left: 1.1em; }

  figure { margin: 1em 0 0; }
  figcaption { font-weight: 700; }
  figure ul { list-style: none; padding: 0; }
  figure li { margin-top: 0.5em; }
  svg { display: block; width: 100%; height: 1.25em; }
  .track { fill: var(--_surface); stroke: var(--_border); }
  .th { stroke: var(--_text); stroke-width: 2; stroke-dasharray: 3; }
  .bar { fill: var(--_accent); }
  .lives { fill: var(--_accent-soft); stroke: var(--_accent); stroke-width: 2; stroke-dasharray: 6 3; }
  svg * { vector-effect: non-scaling-stroke; }
  .ticks { display: grid; grid-template-columns: 9fr 11fr 20fr 0; font-size: 0.875em; color: var(--_muted); white-space: nowrap; }
  .ticks :last-child { justify-self: end; }
  p, .cta-block { margin: 0.75em 0 0; }
  .note { font-size: 0.875em; color: var(--_muted); }
  .cta { display: inline-block; padding: 0.5em 1em; border-radius: var(--_radius); background: var(--_accent); color: var(--_on-accent); font-weight: 600; text-decoration: none; }

  @container (min-width: 30em) {
    tr > :first-child { width: 11em; }
  }
  @media (forced-colors: active) {
    .cta { border: 0.0625em solid; }
    .bar { fill: CanvasText; }
    .track, .lives { fill: Canvas; stroke: CanvasText; }
    .th { stroke: CanvasText; }
  }
  @media print {
    .scroll { overflow: visible; }
  }
`;
