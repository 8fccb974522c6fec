import { PROGRAMS } from '../content/levels.js';
import type {
  CarepathConfig,
  LevelOverride,
  ProgramOverride,
  SettingsConfig,
} from '../content/overrides.js';

/** s: string; n: string or number; t: text (string or { en, es }); l: list of texts; h: hours. */
type Kind = 's' | 'n' | 't' | 'l' | 'h';
type Spec = { [key: string]: Kind | Spec };

/** Every key a clinic may set, kept complete by the compiler against the content types. */
const SETTINGS = {
  'clinic-name': 's',
  phone: 's',
  'cta-href': 's',
  'cta-label': 't',
  offered: 's',
  edition: 'n',
  lang: 's',
  theme: 's',
} as const satisfies { [K in keyof Required<SettingsConfig>]: Kind };

const PROGRAM = {
  name: 't',
  hours: 'h',
  sessions: 't',
  duration: 't',
  setting: 't',
  services: 'l',
  'best-for': 't',
  insurance: 't',
  virtual: 't',
  href: 's',
} as const satisfies { [K in keyof Required<ProgramOverride>]: Kind };

const LEVEL = { name: 't', description: 't', href: 's' } as const satisfies {
  [K in keyof Required<LevelOverride>]: Kind;
};

/** `*` stands for any key (level codes are checked by the ladder against its edition). */
const SPEC: Spec = {
  ...SETTINGS,
  programs: Object.fromEntries(PROGRAMS.map((p) => [p, PROGRAM])),
  levels: { '*': LEVEL },
};

export type Warn = (key: string, message: string) => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): boolean =>
  typeof value === 'string' ||
  (isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([k, v]) => (k === 'en' || k === 'es') && typeof v === 'string'));

// A week has 168 hours.
const isHours = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 168;

const FITS: Record<Kind, (value: unknown) => boolean> = {
  s: (v) => typeof v === 'string',
  n: (v) => typeof v === 'string' || typeof v === 'number',
  t: isText,
  l: (v) => Array.isArray(v) && v.every(isText),
  h: (v) => isHours(v) || (Array.isArray(v) && v.length === 2 && v.every(isHours) && v[0] <= v[1]),
};

function pick(source: Record<string, unknown>, spec: Spec, path: string, warn: Warn) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    // Own keys only: "constructor" or "__proto__" from JSON must not reach the prototype chain.
    const rule = Object.hasOwn(spec, key) ? spec[key] : key === '__proto__' ? undefined : spec['*'];
    const where = path + key;
    if (!rule) warn(where, 'is not a key carepath knows; ignored.');
    else if (typeof rule === 'object') {
      if (isObject(value)) out[key.trim()] = pick(value, rule, `${where}.`, warn);
      else warn(where, 'must be an object; ignored.');
    } else if (FITS[rule](value)) out[key] = value;
    else warn(where, 'has the wrong type; ignored.');
  }
  return out;
}

/**
 * Keeps only the keys and shapes carepath understands; each thing dropped gets one warning that
 * names its key path. Never throws, whatever it is given.
 */
export function validateConfig(input: unknown, warn: Warn): CarepathConfig {
  if (input == null) return {};
  if (isObject(input)) return pick(input, SPEC, '', warn) as CarepathConfig;
  warn('config', 'must be a JSON object; ignored.');
  return {};
}

/** Objects merge, arrays and plain values replace (DESIGN §1.2); `higher` wins. */
export function mergeConfig<T>(lower: T, higher: T): T {
  if (!isObject(lower) || !isObject(higher)) return higher === undefined ? lower : higher;
  const out: Record<string, unknown> = { ...lower };
  for (const [key, value] of Object.entries(higher)) {
    if (value !== undefined) out[key] = mergeConfig(out[key], value);
  }
  return out as T;
}

/** Reads a `<script type="application/json">` child; broken JSON gets a warning, never a throw. */
export function readJsonChild(host: Element, warn: Warn): unknown {
  const script = host.querySelector(
    ':scope>script[type="application/json"],:scope>p>script[type="application/json"]',
  );
  try {
    return script ? JSON.parse(script.textContent!) : undefined;
  } catch {
    warn('<script type="application/json">', 'is not valid JSON; ignored.');
  }
}
