import { AppError } from '../../shared/errors';

// Usage mistakes: each names the flag and what it takes; the CLI exits 2 with the help hint.

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

export function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw usage(`${flag} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

export function noPositionals(command: string, rest: string[]): void {
  if (rest.length > 0) throw usage(`${command} takes no file arguments (got "${rest[0]}").`);
}

export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== false;
}

/** A usage mistake: exit code 2 and the help hint. */
export class CliUsageError extends AppError {
  constructor(message: string) {
    super('invalid_input', message);
  }
}

export function usage(message: string): CliUsageError {
  return new CliUsageError(message);
}
