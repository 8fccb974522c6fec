import {
  PROGRAMS,
  PROGRAM_CODES,
  RUNG_CODES,
  type Edition,
  type Program,
} from '../content/levels.js';

/**
 * One way to read a level token, for every element (DESIGN §1.1): codes compared as strings after
 * trimming (`4.0` = `4`; in edition 3, `1.0` = `1`), or a program name.
 */
export function normalizeCode(token: string, edition: Edition): string {
  const trimmed = token.trim();
  if (trimmed === '4.0') return '4';
  if (edition === 3 && trimmed === '1.0') return '1';
  return trimmed;
}

function isProgram(token: string): token is Program {
  return (PROGRAMS as readonly string[]).includes(token);
}

export interface LevelTokens {
  /** Rung codes in the order first named, without duplicates. */
  codes: string[];
  /** Tokens we could not read, for one warning each. */
  unknown: string[];
}

/** `"1 iop 9.9"` → codes `['1', '2.1']`, unknown `['9.9']`. */
export function readLevels(value: string | null | undefined, edition: Edition): LevelTokens {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    if (!raw) continue;
    const token = raw.toLowerCase();
    const found = isProgram(token)
      ? PROGRAM_CODES[edition][token]
      : [normalizeCode(token, edition)];
    const valid = found.filter((code) => RUNG_CODES[edition].includes(code));
    if (valid.length === 0) unknown.push(raw);
    for (const code of valid) if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/** `"outpatient 2.1"` → programs `['outpatient', 'iop']`; a rung code names the program it sits in. */
export function readPrograms(
  value: string | null | undefined,
  edition: Edition,
): { programs: Program[]; unknown: string[] } {
  const programs: Program[] = [];
  const unknown: string[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    if (!raw) continue;
    const token = raw.toLowerCase();
    let program: Program | null = null;
    if (isProgram(token)) {
      program = PROGRAM_CODES[edition][token].some((c) => RUNG_CODES[edition].includes(c))
        ? token
        : null;
    } else {
      const code = normalizeCode(token, edition);
      if (RUNG_CODES[edition].includes(code)) {
        program = PROGRAMS.find((p) => PROGRAM_CODES[edition][p].includes(code)) ?? null;
      }
    }
    if (program === null) unknown.push(raw);
    else if (!programs.includes(program)) programs.push(program);
  }
  return { programs, unknown };
}
