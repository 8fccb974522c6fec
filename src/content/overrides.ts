import type { Text } from '../i18n/lang.js';
import type { Program } from './levels.js';

/**
 * What a clinic can change, through a JSON child, `<carepath-config>`'s JSON or the `config`
 * property (DESIGN §1.2). Text is a string or `{ "en": …, "es": … }`; objects merge, arrays
 * replace. The published JSON schema (dist/carepath.schema.json) is generated from these types.
 */

/** Weekly hours: one number, or `[min, max]`. */
export type HoursOverride = number | [number, number];

/** One compare column, per program. Row keys match the `rows` attribute. */
export interface ProgramOverride {
  /** The clinic's own name for the program, e.g. "Day Treatment". */
  name?: Text;
  /** The clinic's own weekly hours. */
  hours?: HoursOverride;
  sessions?: Text;
  duration?: Text;
  setting?: Text;
  /** Services, one per list item. */
  services?: Text[];
  'best-for'?: Text;
  /** e.g. the insurers the clinic accepts. */
  insurance?: Text;
  virtual?: Text;
  /** The clinic's own page about this program. */
  href?: string;
}

/** One ladder rung, by code in the edition shown. */
export interface LevelOverride {
  name?: Text;
  description?: Text;
  /** The clinic's own page about this level. */
  href?: string;
}

/** Settings with the same names and meaning as the attributes. */
export interface SettingsConfig {
  'clinic-name'?: string;
  phone?: string;
  'cta-href'?: string;
  'cta-label'?: Text;
  offered?: string;
  edition?: string | number;
  lang?: string;
  theme?: string;
}

export interface CarepathConfig extends SettingsConfig {
  programs?: { [P in Program]?: ProgramOverride };
  levels?: { [code: string]: LevelOverride };
}
