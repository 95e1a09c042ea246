import type { ClusterSpec } from '@lvs/domain';
import { specSha256 } from './hash';
import { renderIpvsadm } from './ipvsadm';
import { consoleNotifyFifos } from './notify';
import { render } from './render';
import { runtimeControlsFor } from './runtime-controls';
import { forVersion, KeepalivedVersionError, parseKeepalivedVersion, type VersionedText } from './versions';

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
  return renderDirectorConfigFor(spec, director, opts).text;
}

/**
 * renderDirectorConfig with what the director's release changed: the console keywords left out for
 * it (`omitted`, each a lost safety net, e.g. reload_check_config before 2.2). With
 * `keepalivedVersion` (the director's `keepalived -v`, or `2.0.10`) the text holds only keywords that
 * release reads, older spellings where it has them; a keyword it cannot read is KeepalivedVersionError.
 * ipvsadm mode has no keepalived: the version is ignored.
 */
export function renderDirectorConfigFor(
  spec: ClusterSpec,
  director: string,
  opts: { revision?: number; specSha256?: string; keepalivedVersion?: string } = {},
): VersionedText {
  const sha = opts.specSha256 ?? specSha256(spec);
  const d = spec.directors.find((x) => x.name === director);
  if (!d) throw new Error(`no director ${director}`);
  if (spec.mode === 'ipvsadm') {
    return {
      text: `# LVS Console: IPVS rules of cluster ${spec.name}${opts.revision === undefined ? '' : `, revision ${opts.revision}`} (spec sha256 ${sha})\n${renderIpvsadm(spec)}`,
      omitted: [],
    };
  }
  const text = render(spec, d.name, {
    revision: opts.revision,
    specSha256: sha,
    notifyFifos: consoleNotifyFifos(d.configPath),
    runtimeControls: runtimeControlsFor(d.configPath),
  });
  if (opts.keepalivedVersion === undefined) return { text, omitted: [] };
  const version = parseKeepalivedVersion(opts.keepalivedVersion);
  if (!version) throw new KeepalivedVersionError(director, opts.keepalivedVersion, []);
  return forVersion(text, director, version);
}
