import { STATUS_CODES } from 'node:http';
import type { FieldError } from './app-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with our `errors` extension for field-level problems. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors: FieldError[];
  [extension: string]: unknown;
}

export function problemType(code: string): string {
  // A stable, dereferenceable-in-docs identifier; docs/problems.md lists every code.
  return `https://lvs-console.dev/problems/${code}`;
}

export function statusTitle(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}
