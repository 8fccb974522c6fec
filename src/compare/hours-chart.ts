import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { WeeklyHours } from '../content/programs.js';

/** One program in the picture: its name, its hours in words (the text alternative) and its range. */
export interface ChartRow {
  name: string;
  text: string;
  weekly: WeeklyHours;
}

/** viewBox units per hour: the scale runs 0–40 h over 400 units. */
const UNIT = 10;
const END = 40 * UNIT;

/**
 * A range bar on the 0–40 h scale, or the "lives there, 24 hours" marker. Geometry goes into SVG
 * attributes (x, width), never a `style`, so a strict CSP holds. A single number gets a short bar
 * centred on it; a range past 40 h stops short of the end and trails off in two dashes.
 */
function mark(weekly: Exclude<WeeklyHours, null>): SVGTemplateResult {
  if (weekly === 'lives') return svg`<rect class="lives" x="1" y="2" width="398" height="16" rx="3"></rect>`;
  const open = weekly[1] > 40;
  let x = Math.min(weekly[0], 40) * UNIT;
  let width = (open ? END - 24 : Math.min(weekly[1], 40) * UNIT) - x;
  if (width < 6) {
    x = Math.max(0, Math.min(x - 3, END - 6));
    width = 6;
  }
  return svg`<rect class="bar" x=${x} y="4" width=${width} height="12"></rect>${open
    ? svg`<rect class="bar" x="382" y="4" width="6" height="12"></rect><rect class="bar" x="393" y="4" width="6" height="12"></rect>`
    : nothing}`;
}

/**
 * The weekly-time picture of DESIGN §1.3: each program's name and hours in words (read by
 * everyone, so it is the text alternative), beside a bar on one 0–40 h scale with the 9 h and
 * 20 h thresholds as dashed lines. The drawing itself is hidden from assistive technology.
 */
export function hoursChart(rows: ChartRow[], caption: string, legend: string): TemplateResult {
  return html`<figure class="chart" part="hours-chart">
    <figcaption>${caption}</figcaption>
    <ul>
      ${rows.map(
        (row) => html`<li>
          <span><b><bdi>${row.name}</bdi></b>: ${row.text}</span>
          ${row.weekly
            ? html`<svg viewBox="0 0 400 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="track" width="400" height="20"></rect>
                <line class="th" x1="90" x2="90" y1="0" y2="20"></line>
                <line class="th" x1="200" x2="200" y1="0" y2="20"></line>
                ${mark(row.weekly)}
              </svg>`
            : nothing}
        </li>`,
      )}
    </ul>
    <div class="axis" aria-hidden="true">
      <span></span>
      <span class="ticks"><span>0</span><span class="t9">9 h</span><span class="t20">20 h</span><span class="t40">40 h</span></span>
    </div>
    <p class="legend">${legend}</p>
  </figure>`;
}
