import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CarepathElement } from '../common/carepath-element.js';
import { callToAction } from '../common/help.js';
import { readPrograms } from '../config/codes.js';
import { cleanText, safeHref } from '../config/sanitize.js';
import { PROGRAM_CODES, RUNG_NAMES, type Program } from '../content/levels.js';
import {
  DEFAULT_PROGRAMS,
  EVIDENCE,
  HOURS_SOURCE,
  INSURANCE,
  PROGRAM_INFO,
  ROWS,
  type Row,
  type WeeklyHours,
} from '../content/programs.js';
import type { HoursOverride } from '../content/overrides.js';
import { COMMON } from '../i18n/common.js';
import { COMPARE } from '../i18n/compare.js';
import { localize, type Lang, type Text } from '../i18n/lang.js';
import { sharedStyles } from '../styles/shared.js';
import { compareStyles } from './compare.styles.js';
import { hoursChart } from './hours-chart.js';

/** One column, ready to render: every value already localized, sanitized and capped. */
interface Column {
  program: Program;
  name: string;
  code: string;
  href: string | null;
  offered: boolean;
  ours: boolean;
  weekly: WeeklyHours;
  /** The clinic gave its own hours (not a 3rd-edition range). */
  ownHours: boolean;
  /** '' or [] where our sources give nothing: "Ask the clinic". */
  cells: Record<Row, string | string[]>;
}

/** "12 hours a week", "6–12 hours a week". */
function hoursText(hours: HoursOverride, lang: Lang): string {
  const t = COMPARE[lang];
  if (typeof hours === 'number') return hours === 1 ? t.hour : t.hours.replace('{n}', String(hours));
  return t.hours.replace('{n}', hours[0] === hours[1] ? String(hours[0]) : hours.join('–'));
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
 * @csspart hours-chart - The weekly-time picture.
 * @csspart footnote - The evidence and sources note.
 */
export class CarepathCompare extends CarepathElement {
  static override styles = [sharedStyles, compareStyles];

  protected readonly tag = 'carepath-compare';

  /** Columns, in order (program names or codes); default `outpatient iop`. */
  @property() programs: string | null = null;

  /** Rows, in order; default all eight. */
  @property() rows: string | null = null;

  /** One program (name or code) marked "Our program". */
  @property() highlight: string | null = null;

  private columns: Column[] = [];
  private rowKeys: Row[] = [];

  /** Reads a space-separated list: one warning per unknown token, the default when none is left. */
  private pick<T>(key: string, found: T[], unknown: string[], fallback: readonly T[], known: string): T[] {
    for (const token of unknown) this.warn(key, `"${token}" is not one of ${known}; it is skipped.`);
    if (found.length) return found;
    if (unknown.length) this.warn(key, `nothing valid is left; the default "${fallback.join(' ')}" is shown.`);
    return [...fallback];
  }

  protected override willRender(): void {
    const { lang, edition, offered, content } = this.resolved;
    const inEdition = `the programs of ASAM edition ${edition} (${edition === 3 ? 'early ' : ''}outpatient iop php residential inpatient)`;
    const programs = readPrograms(this.programs, edition);
    const shown = this.pick('programs', programs.programs, programs.unknown, DEFAULT_PROGRAMS, inEdition);

    const rows: Row[] = [];
    const badRows: string[] = [];
    for (const raw of (this.rows ?? '').split(/[\s,]+/)) {
      const key = raw.toLowerCase() as Row;
      if (ROWS.includes(key)) {
        if (!rows.includes(key)) rows.push(key);
      } else if (raw) badRows.push(raw);
    }
    this.rowKeys = this.pick('rows', rows, badRows, ROWS, ROWS.join(' '));

    const marked = readPrograms(this.highlight, edition);
    for (const token of marked.unknown) this.warn('highlight', `"${token}" is not one of ${inEdition}; it is skipped.`);
    const ours = marked.programs[0];
    if (marked.programs.length > 1) this.warn('highlight', `marks one program; "${ours}" is used.`);
    if (ours && !shown.includes(ours)) this.warn('highlight', `"${ours}" is not among the programs shown.`);

    this.columns = shown.map((program) => {
      const own = content.programs?.[program] ?? {};
      const info = PROGRAM_INFO[program];
      const codes = PROGRAM_CODES[edition][program];
      const text = (value: Text | undefined): string => cleanText(localize(value, lang), 300);
      let href: string | null = null;
      if (own.href) {
        href = safeHref(own.href);
        if (!href) {
          this.warn(
            `programs.${program}.href`,
            `"${own.href}" is not a safe link (https, http, tel, sms, mailto or relative); it is dropped.`,
          );
        }
      }
      const cells = {} as Record<Row, string | string[]>;
      for (const row of ROWS) {
        if (row === 'hours') {
          cells.hours = own.hours === undefined ? info.hours[lang] : hoursText(own.hours, lang);
        } else if (row === 'services') {
          cells.services = own.services
            ? own.services.map(text).filter(Boolean)
            : info.services.map((service) => service[lang]);
        } else {
          const fallback = row === 'insurance' ? INSURANCE : info[row];
          cells[row] = text(own[row]) || (fallback ? fallback[lang] : '');
        }
      }
      return {
        program,
        name:
          text(own.name) ||
          (edition === 4 ? codes.map((code) => RUNG_NAMES[4][code][lang]).join(' / ') : info.name[lang]),
        code: `${COMMON[lang].level} ${codes.join('–')}`,
        href,
        offered: !!offered?.some((code) => codes.includes(code)),
        ours: program === ours,
        weekly:
          own.hours === undefined
            ? info.weekly
            : typeof own.hours === 'number'
              ? [own.hours, own.hours]
              : own.hours,
        ownHours: own.hours !== undefined,
        cells,
      };
    });
  }

  private cell(value: string | string[], ask: string): TemplateResult | string {
    if (!value.length) return html`<span class="ask">${ask}</span>`;
    return typeof value === 'string'
      ? html`<bdi>${value}</bdi>`
      : html`<ul>
          ${value.map((item) => html`<li><bdi>${item}</bdi></li>`)}
        </ul>`;
  }

  protected renderContent(): TemplateResult {
    const r = this.resolved;
    const t = COMPARE[r.lang];
    const c = COMMON[r.lang];
    // Edition 4 publishes no hours: the 3rd-edition ranges are shown, and said to be.
    const ranges = r.edition === 4 && this.columns.some((col) => !col.ownHours) ? ` ${t.edition3Ranges}` : '';
    return html`<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption" part="caption"><span>${t.caption}</span></caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${this.columns.map(
                (col) => html`<th scope="col" part="column-header" class=${col.ours ? 'ours' : ''}>
                  ${col.href
                    ? html`<a class="name" href=${col.href}><bdi>${col.name}</bdi></a>`
                    : html`<bdi class="name">${col.name}</bdi>`}
                  <span class="code">${col.code}</span>
                  ${col.offered ? html`<span class="badge" part="badge">${c.offeredHere}</span>` : nothing}
                  ${col.ours ? html`<span class="badge" part="badge">${c.ourProgram}</span>` : nothing}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${this.rowKeys.map(
              (row) => html`<tr>
                <th scope="row" part="row-header">${t.rows[row]}${row === 'hours' ? ranges : ''}</th>
                ${this.columns.map(
                  (col) => html`<td part="cell" class=${col.ours ? 'ours' : ''}>
                    ${this.cell(col.cells[row], c.askTheClinic)}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.rowKeys.includes('hours')
        ? hoursChart(
            this.columns.map((col) => ({ name: col.name, text: col.cells.hours as string, weekly: col.weekly })),
            t.chart + ranges,
            t.thresholds,
          )
        : nothing}
      <div class="note" part="footnote">
        ${this.columns.some((col) => col.program === 'iop') ? html`<p>${EVIDENCE[r.lang]}</p>` : nothing}
        <p>
          ${r.edition === 4 ? `${t.namesFrom} ${c.edition4}. ` : ''}${t.hoursFrom} ${c.edition3};
          ${HOURS_SOURCE[r.lang]}.
        </p>
      </div>
      ${callToAction(r, this.clinicCtaClicked)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carepath-compare': CarepathCompare;
  }
}
