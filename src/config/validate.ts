import { PROGRAMS } from '../content/levels.js';
import type {
  CarepathConfig,
  LevelOverride,
  ProgramOverride,
  SettingsConfig,
} from '../content/overrides.js';

export type Warn = (key: string, message: string) => void;

type Layer = Record<string, unknown>;
/** Whether a value has the shape a key needs. */
type Check = (value: unknown) => boolean;
type Spec = { [key: string]: Check | Spec };

const isObject = (value: unknown): value is Layer =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString: Check = (value) => typeof value === 'string';

/** Text: a string, or `{ "en": …, "es": … }` with at least one of them. */
const isText: Check = (value) =>
  isString(value) ||
  (isObject(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(([k, v]) => (k === 'en' || k === 'es') && isString(v)));

// A week has 168 hours.
const isHours = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 168;

/** Every setting a clinic may give, as attribute or key, kept complete by the compiler. */
export const SETTINGS = {
  'clinic-name': isString,
  phone: isString,
  'cta-href': isString,
  'cta-label': isText,
  offered: isString,
  edition: (value) => isString(value) || typeof value === 'number',
  lang: isString,
  theme: isString,
} as const satisfies { [K in keyof Required<SettingsConfig>]: Check };

const PROGRAM = {
  name: isText,
  /** One number, or `[min, max]`. */
  hours: (v) => isHours(v) || (Array.isArray(v) && v.length === 2 && v.every(isHours) && v[0] <= v[1]),
  sessions: isText,
  duration: isText,
  setting: isText,
  services: (v) => Array.isArray(v) && v.every(isText),
  'best-for': isText,
  insurance: isText,
  virtual: isText,
  href: isString,
} as const satisfies { [K in keyof Required<ProgramOverride>]: Check };

const LEVEL = { name: isText, description: isText, href: isString } as const satisfies {
  [K in keyof Required<LevelOverride>]: Check;
};

/** `*` stands for any key (level codes are checked by the ladder against its edition). */
const SPEC: Spec = {
  ...SETTINGS,
  programs: Object.fromEntries(PROGRAMS.map((p) => [p, PROGRAM])),
  levels: { '*': LEVEL },
};

/**
 * `lower` with what `input` holds that carepath understands laid over it: objects merge, arrays and
 * plain values replace (DESIGN §1.2). Each key dropped gets one warning naming its key path.
 */
function lay(lower: Layer, input: Layer, spec: Spec, path: string, warn: Warn): Layer {
  const out = { ...lower };
  for (const [key, value] of Object.entries(input)) {
    // Own keys only: "constructor" or "__proto__" from JSON must not reach the prototype chain.
    const rule = Object.hasOwn(spec, key) ? spec[key] : key === '__proto__' ? undefined : spec['*'];
    const where = path + key;
    if (!rule) warn(where, 'is not a known key; ignored.');
    else if (typeof rule === 'function' && rule(value)) out[key] = value;
    else if (typeof rule === 'object' && isObject(value)) {
      const name = key.trim();
      const below = out[name];
      out[name] = lay(isObject(below) ? below : {}, value, rule, `${where}.`, warn);
    } else warn(where, 'is not valid; ignored.');
  }
  return out;
}

/** What a broken JSON child is called in warnings. */
const JSON_CHILD = '<script type="application/json">';

/**
 * `lower` with one more layer of settings and overrides over it, checked against the content
 * types. `source` names the layer in warnings: `config` for the property, empty for a JSON child.
 * Never throws, whatever it is given.
 */
export function layConfig(lower: CarepathConfig, input: unknown, source: string, warn: Warn): CarepathConfig {
  if (isObject(input)) return lay(lower as Layer, input, SPEC, source && `${source}.`, warn);
  if (input != null) warn(source || JSON_CHILD, 'is not a JSON object; ignored.');
  return lower;
}

/** Reads a `<script type="application/json">` child; broken JSON gets a warning, never a throw. */
export function readJsonChild(host: Element, warn: Warn): unknown {
  const script = host.querySelector(
    ':scope>script[type="application/json"],:scope>p>script[type="application/json"]',
  );
  try {
    return script ? JSON.parse(script.textContent!) : undefined;
  } catch {
    warn(JSON_CHILD, 'is not valid JSON; ignored.');
  }
}
