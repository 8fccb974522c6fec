import { PROGRAMS } from '../content/levels.js';
import type {
  CarepathConfig,
  LevelOverride,
  ProgramOverride,
  SettingsConfig,
} from '../content/overrides.js';

type Kind = 'string' | 'text' | 'texts' | 'hours' | 'href' | 'edition';

/** Every key a clinic may set, kept complete by the compiler against the content types. */
const SETTINGS_KEYS = {
  'clinic-name': 'string',
  phone: 'string',
  'cta-href': 'href',
  'cta-label': 'text',
  offered: 'string',
  edition: 'edition',
  lang: 'string',
  theme: 'string',
} as const satisfies { [K in keyof Required<SettingsConfig>]: Kind };

const PROGRAM_KEYS = {
  name: 'text',
  hours: 'hours',
  sessions: 'text',
  duration: 'text',
  setting: 'text',
  services: 'texts',
  'best-for': 'text',
  insurance: 'text',
  virtual: 'text',
  href: 'href',
} as const satisfies { [K in keyof Required<ProgramOverride>]: Kind };

const LEVEL_KEYS = {
  name: 'text',
  description: 'text',
  href: 'href',
} as const satisfies { [K in keyof Required<LevelOverride>]: Kind };

export type Warn = (key: string, message: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (k === 'en' || k === 'es') && typeof value[k] === 'string');
}

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string':
    case 'href':
      return typeof value === 'string';
    case 'edition':
      return typeof value === 'string' || typeof value === 'number';
    case 'text':
      return isText(value);
    case 'texts':
      return Array.isArray(value) && value.every(isText);
    case 'hours':
      return (
        (typeof value === 'number' && Number.isFinite(value) && value >= 0) ||
        (Array.isArray(value) &&
          value.length === 2 &&
          value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0) &&
          value[0] <= value[1])
      );
  }
}

function pick(
  source: Record<string, unknown>,
  spec: Record<string, Kind>,
  path: string,
  warn: Warn,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const kind = spec[key];
    const where = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(spec, key)) warn(where, 'is not a setting carepath knows; it is ignored.');
    else if (!fits(kind, value)) warn(where, `does not have the expected form (${kind}); it is ignored.`);
    else out[key] = value;
  }
  return out;
}

/**
 * Keeps only the keys and shapes carepath understands; each thing dropped gets one warning that
 * names its key path. Never throws, whatever it is given.
 */
export function validateConfig(input: unknown, warn: Warn): CarepathConfig {
  if (input == null) return {};
  if (!isObject(input)) {
    warn('config', 'must be a JSON object; it is ignored.');
    return {};
  }
  const { programs, levels, ...rest } = input;
  const out: CarepathConfig = pick(rest, SETTINGS_KEYS, '', warn) as CarepathConfig;
  if (programs !== undefined) {
    if (!isObject(programs)) warn('programs', 'must be an object keyed by program; it is ignored.');
    else {
      out.programs = {};
      for (const [program, value] of Object.entries(programs)) {
        if (!(PROGRAMS as readonly string[]).includes(program)) {
          warn(`programs.${program}`, `is not one of ${PROGRAMS.join(', ')}; it is ignored.`);
        } else if (!isObject(value)) {
          warn(`programs.${program}`, 'must be an object; it is ignored.');
        } else {
          (out.programs as Record<string, unknown>)[program] = pick(value, PROGRAM_KEYS, `programs.${program}`, warn);
        }
      }
    }
  }
  if (levels !== undefined) {
    if (!isObject(levels)) warn('levels', 'must be an object keyed by level code; it is ignored.');
    else {
      out.levels = {};
      for (const [code, value] of Object.entries(levels)) {
        if (!isObject(value)) warn(`levels.${code}`, 'must be an object; it is ignored.');
        else out.levels[code.trim()] = pick(value, LEVEL_KEYS, `levels.${code}`, warn) as LevelOverride;
      }
    }
  }
  return out;
}

/** Objects merge, arrays and plain values replace (DESIGN §1.2); `higher` wins. */
export function mergeConfig<T>(lower: T, higher: T): T {
  if (!isObject(lower) || !isObject(higher)) return higher === undefined ? lower : higher;
  const out: Record<string, unknown> = { ...lower };
  for (const [key, value] of Object.entries(higher)) {
    if (value === undefined) continue;
    out[key] = isObject(value) && isObject(out[key]) ? mergeConfig(out[key], value) : value;
  }
  return out as T;
}

/** Reads a `<script type="application/json">` child; broken JSON gets a warning, never a throw. */
export function readJsonChild(host: Element, warn: Warn): unknown {
  const script = host.querySelector(
    ':scope > script[type="application/json"], :scope > p > script[type="application/json"]',
  );
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (error) {
    warn('<script type="application/json">', `is not valid JSON (${(error as Error).message}); it is ignored.`);
    return undefined;
  }
}
