import type { ClusterSpec } from '@lvs/domain';
import { specSha256 } from './hash';
import { renderIpvsadm } from './ipvsadm';
import { consoleNotifyFifos } from './notify';
import { render } from './render';
import { runtimeControlsFor } from './runtime-controls';
import { forVersion, KeepalivedVersionError, parseKeepalivedVersion } from './versions';

/**
 * The file the console pushes to one director, exactly: keepalived.conf in keepalived mode (with
 * the console's notify FIFOs beside the director's config), the IPVS rules in ipvsadm mode. The API's
 * revisions and lvsctl's offline plan both call this, so `lvsctl diff` shows what a deployment pushes.
 */
export function renderDirectorConfig(
  spec: ClusterSpec,
  director: string,
  opts: { revision?: number; specSha256?: string; keepalivedVersion?: string } = {},
): string {
  const sha = opts.specSha256 ?? specSha256(spec);
  const d = spec.directors.find((x) => x.name === director);
  if (!d) throw new Error(`no director ${director}`);
  if (spec.mode === 'ipvsadm') {
    return `# LVS Console: IPVS rules of cluster ${spec.name}${opts.revision === undefined ? '' : `, revision ${opts.revision}`} (spec sha256 ${sha})\n${renderIpvsadm(spec)}`;
  }
  const text = render(spec, d.name, {
    revision: opts.revision,
    specSha256: sha,
    notifyFifos: consoleNotifyFifos(d.configPath),
    runtimeControls: runtimeControlsFor(d.configPath),
  });
  // The director's `keepalived -v`, where known: the keywords that release reads (KeepalivedVersionError if it cannot run this).
  if (opts.keepalivedVersion === undefined) return text;
  const version = parseKeepalivedVersion(opts.keepalivedVersion);
  if (!version) throw new KeepalivedVersionError(director, opts.keepalivedVersion, []);
  return forVersion(text, director, version).text;
}
