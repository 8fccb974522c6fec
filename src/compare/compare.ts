import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction } from '../common/help.js';
import { readLevels } from '../config/codes.js';
import { cleanText } from '../config/sanitize.js';
import { PROGRAM_CODES, PROGRAMS, RUNG_NAMES, type Program } from '../content/levels.js';
import { EVIDENCE, PROGRAM_INFO, ROWS, type Row, type WeeklyHours } from '../content/programs.js';
import { COMMON } from '../i18n/common.js';
import { COMPARE } from '../i18n/compare.js';
import { localize, type Bilingual, type Text } from '../i18n/lang.js';
import { sharedStyles } from '../styles/shared.js';
import { compareStyles } from './compare.styles.js';

/** One column, ready to render: every value already localized, sanitized and capped. */
interface Column {
  program: Program;
  name: string;
  href: string | null;
  codes: readonly string[];
  weekly: WeeklyHours;
  /** The clinic gave its own hours (not a 3rd-edition range). */
  own: boolean;
  /** '' or [] where our sources give nothing: "Ask the clinic". */
  cells: Record<Row, string | string[]>;
}

/** The columns shown when the clinic names none: the comparison the seed article is about. */
const DEFAULT_PROGRAMS: readonly Program[] = ['outpatient', 'iop'];

const badge = (on: unknown, text: string) => (on ? html`<span class="badge" part="badge">${text}</span>` : nothing);

/** A bar on the picture's 0–40 h scale, one viewBox unit an hour: SVG attributes, never a `style`. */
const bar = (x: number, width: number) => svg`<rect class="bar" x=${x} y="2" width=${width} height="6"></rect>`;

/**
 * A range bar, or the "lives there, 24 hours" marker. A single number gets a short bar centred on
 * it; a range past 40 h stops short of the end and trails off in two dashes.
 */
function mark(weekly: Exclude<WeeklyHours, null>): SVGTemplateResult | SVGTemplateResult[] {
  if (weekly === 'lives') return svg`<rect class="lives" x=".1" y="1" width="39.8" height="8" rx=".3"></rect>`;
  const open = weekly[1] > 40;
  const x = Math.min(weekly[0], 40);
  const width = (open ? 37.6 : weekly[1]) - x;
  if (width < 0.6) return bar(Math.max(0, Math.min(x - 0.3, 39.4)), 0.6);
  return open ? [bar(x, width), bar(38.2, 0.6), bar(39.3, 0.6)] : bar(x, width);
}

/**
 * Outpatient and intensive outpatient (or any of the six programs) side by side in a real table,
 * with a picture of the weekly time each takes, the evidence and sources in a footnote, and the
 * clinic's call to action (DESIGN §1.3, §3.1).
 *
 * @tag carepath-compare
 * @attr programs - Columns, in order, as program names or codes: `early outpatient iop php
 *   residential inpatient` (default `outpatient iop`). Unknown names are warned about and skipped.
 * @attr rows - Rows, in order: `hours sessions duration setting services best-for insurance virtual`
 *   (default all). Unknown names are warned about and skipped.
 * @attr highlight - One program (name or code) marked "Our program".
 * @fires carepath-cta - The clinic's call-to-action link or phone was clicked. `detail` is `{}`.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart column-header - Each program's column header.
 * @csspart row-header - Each row's header.
 * @csspart cell - Each data cell.
 * @csspart badge - The "Offered here" and "Our program" marks.
 * @csspart hours-chart - The weekly-time picture: each program's hours in words (its text
 *   alternative) beside a bar on one 0–40 h scale with the 9 h and 20 h thresholds dashed.
 * @csspart footnote - The evidence and sources note.
 */
export class CarepathCompare extends CarepathElement {
  static override styles = [sharedStyles, compareStyles];

  protected get tag(): string {
    return 'carepath-compare';
  }

  static override properties = { ...CarepathElement.properties, programs: {}, rows: {}, highlight: {} };

  /** Columns, in order (program names or codes); default `outpatient iop`. */
  declare programs?: string | null;

  /** Rows, in order; default all eight. */
  declare rows?: string | null;

  /** One program (name or code) marked "Our program". */
  declare highlight?: string | null;

  // Set by willRender before every render.
  private columns!: Column[];
  private rowKeys!: readonly Row[];
  private ours?: Program;

  /**
   * Reads a space-separated list: one warning per unknown token; the fallback (warned about when
   * there is one) when nothing valid is left.
   */
  private pick<T>(key: string, found: T[], unknown: string[], known: string, fallback: readonly T[] = []): readonly T[] {
    for (const token of unknown) this.warn(key, `"${token}" is not one of ${known}; it is skipped.`);
    if (found.length || !fallback.length) return found;
    if (unknown.length) this.warn(key, `nothing valid is left; the default "${fallback.join(' ')}" is shown.`);
    return fallback;
  }

  protected override willRender(): void {
    const { lang, edition, content } = this.resolved;
    // Program names and codes, through the one alias table: a code names the program it sits in.
    const read = (key: 'programs' | 'highlight', fallback?: readonly Program[]) => {
      const { codes, unknown } = readLevels(this[key], edition);
      const found = codes.map((code) => PROGRAMS.find((p) => PROGRAM_CODES[edition][p].includes(code))!);
      return this.pick(key, [...new Set(found)], unknown, `the programs of ASAM edition ${edition}`, fallback);
    };
    const shown = read('programs', DEFAULT_PROGRAMS);

    const tokens = (this.rows ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
    const known = (token: string): token is Row => (ROWS as readonly string[]).includes(token);
    const rows = [...new Set(tokens.filter(known))];
    this.rowKeys = this.pick('rows', rows, tokens.filter((token) => !known(token)), ROWS.join(' '), ROWS);

    const marked = read('highlight');
    const ours = (this.ours = marked[0]);
    if (marked[1]) this.warn('highlight', `marks one program; "${ours}" is used.`);
    if (ours && !shown.includes(ours)) this.warn('highlight', `"${ours}" is not among the programs shown.`);

    this.columns = shown.map((program) => {
      const own = content.programs?.[program] ?? {};
      const info = PROGRAM_INFO[program];
      const codes = PROGRAM_CODES[edition][program];
      const text = (value: Text | undefined) => cleanText(localize(value, lang), 300);
      const hours = typeof own.hours === 'number' ? ([own.hours, own.hours] as const) : own.hours;
      // The clinic's words first, then ours; services (a list) and the clinic's hours just below.
      const cells = {} as Column['cells'];
      for (const row of ROWS) cells[row] = text(own[row] as Text) || (info[row] as Bilingual | null)?.[lang] || '';
      cells.services = own.services?.map(text).filter(Boolean) ?? info.services.map((service) => service[lang]);
      if (hours) {
        // "12" for one number, "6–12" for a range.
        const n = [...new Set(hours)].join('–');
        cells.hours = COMPARE[lang][n === '1' ? 'hour' : 'hours'].replace('{n}', n);
      }
      return {
        program,
        name:
          text(own.name) ||
          (edition > 3 ? codes.map((code) => RUNG_NAMES[4][code][lang]).join(' / ') : info.name[lang]),
        href: this.safeLink(`programs.${program}.href`, own.href),
        codes,
        weekly: hours ?? info.weekly,
        own: !!hours,
        cells,
      };
    });
  }

  protected renderContent(): TemplateResult {
    const r = this.resolved;
    const { lang, edition } = r;
    const t = COMPARE[lang];
    const c = COMMON[lang];
    // Edition 4 publishes no hours: the 3rd-edition ranges are shown, and said to be.
    const ranges = edition > 3 && this.columns.some((col) => !col.own) ? ` ${t.edition3Ranges}` : '';
    const headers = { ...t.rows, hours: t.rows.hours + ranges };
    const cls = (col: Column) => (col.program === this.ours ? 'ours' : '');
    return html`<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption" part="caption"><span>${t.caption}</span></caption>
          <thead>
            <tr>
              <td></td>
              ${this.columns.map(
                (col) => html`<th scope="col" part="column-header" class=${cls(col)}>
                  <bdi class="name">${col.href ? html`<a href=${col.href}>${col.name}</a>` : col.name}</bdi>
                  <span class="code">${c.level} ${col.codes.join('–')}</span>
                  ${badge(r.offered?.some((code) => col.codes.includes(code)), c.offeredHere)}
                  ${badge(cls(col), c.ourProgram)}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${this.rowKeys.map(
              (row) => html`<tr>
                <th scope="row" part="row-header">${headers[row]}</th>
                ${this.columns.map((col) => {
                  const value = col.cells[row];
                  return html`<td part="cell" class=${cls(col)}>
                    ${!value.length
                      ? c.askTheClinic
                      : typeof value === 'string'
                        ? html`<bdi>${value}</bdi>`
                        : html`<ul>
                            ${value.map((item) => html`<li><bdi>${item}</bdi></li>`)}
                          </ul>`}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.rowKeys.includes('hours')
        ? html`<figure part="hours-chart">
            <figcaption>${headers.hours}</figcaption>
            <ul>
              ${this.columns.map(
                (col) => html`<li>
                  <b><bdi>${col.name}</bdi></b>: ${col.cells.hours}
                  ${col.weekly
                    ? html`<svg viewBox="0 0 40 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="track" width="40" height="10"></rect>
                        <line class="th" x1="9" x2="9" y2="10"></line>
                        <line class="th" x1="20" x2="20" y2="10"></line>
                        ${mark(col.weekly)}
                      </svg>`
                    : nothing}
                </li>`,
              )}
            </ul>
            <div class="axis ticks" aria-hidden="true"><span>0</span><span>9 h</span><span>20 h</span><span>40 h</span></div>
            <p class="legend">${t.thresholds}</p>
          </figure>`
        : nothing}
      <div class="note" part="footnote">
        ${this.columns.some((col) => col.program === 'iop') ? html`<p>${EVIDENCE[lang]}</p>` : nothing}
        <p>${edition > 3 ? t.namesFrom : ''} ${t.hoursFrom}</p>
      </div>
      ${callToAction(r, this.clinicCtaClicked)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-compare': CarepathCompare;
  }
}
