/** Types of large-spec.mjs (the benchmarks run it as JavaScript; tests import it through this). */
export function largeSpecDocument(
  services: number,
  reals: number,
  opts?: { name?: string; weight?: (service: number, real: number) => number },
): Record<string, unknown>;
