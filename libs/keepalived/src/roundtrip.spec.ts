import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSpecArb } from '../test/arbitraries';
import { importCluster } from './import';
import { normaliseForRender } from './normalise';
import { render } from './render';

/** One keepalived.conf per director, as the import endpoint receives them. */
function renderedFiles(spec: Parameters<typeof render>[0]) {
  return spec.directors.map((d) => ({ director: d.name, address: d.address, text: render(spec, d.name) }));
}

// 100 generated clusters per property: seconds on a quiet machine, far more with 8 suites sharing 2 cores.
describe('round trip through keepalived.conf (fast-check, valid specs)', { timeout: 120_000 }, () => {
  it('importCluster(render of every director) gives back the spec, without warnings (up to the documented normalisations)', () => {
    fc.assert(
      fc.property(clusterSpecArb, (spec) => {
        const { spec: imported, warnings } = importCluster(spec.name, renderedFiles(spec));
        // Lines kept verbatim are reported (informational: "kept verbatim"), never lost.
        // (and auth_type AH is flagged deprecated on every import).
        expect(warnings.filter((w) => !w.verbatim && !/auth_type AH/.test(w.message))).toEqual([]);
        expect(imported).toEqual(normaliseForRender(spec));
      }),
      { numRuns: 100 },
    );
  });

  it('render(import(render(spec))) is byte-identical for every director', () => {
    fc.assert(
      fc.property(clusterSpecArb, (spec) => {
        const { spec: imported } = importCluster(spec.name, renderedFiles(spec));
        for (const d of spec.directors) expect(render(imported, d.name, { revision: 3 })).toBe(render(spec, d.name, { revision: 3 }));
      }),
      { numRuns: 100 },
    );
  });

  it('normalisation is idempotent and a normalised spec round-trips exactly', () => {
    fc.assert(
      fc.property(clusterSpecArb, (spec) => {
        const n = normaliseForRender(spec);
        expect(normaliseForRender(n)).toEqual(n);
        expect(importCluster(n.name, renderedFiles(n)).spec).toEqual(n);
      }),
      { numRuns: 50 },
    );
  });
});
