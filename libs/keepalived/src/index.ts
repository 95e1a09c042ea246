export { render, rendersAsBackup, rendersUnicast, rendersVirtualService, type RenderOptions } from './render';
export { renderIpvsadm } from './ipvsadm';
export { renderDirectorConfig, renderDirectorConfigFor } from './director-config';
export {
  compareVersions,
  forVersion,
  formatVersion,
  KEYWORD_VERSIONS,
  KeepalivedVersionError,
  parseKeepalivedVersion,
  renderForVersion,
  type KeepalivedVersion,
  type KeywordVersion,
  type VersionedText,
} from './versions';
export { UnsafeValueError } from './tokens';
export {
  parse,
  parseDirector,
  type DirectorInstance,
  type ParsedConfig,
  type ParsedDirector,
  type ParseOptions,
  type SourceLocation,
} from './parse';
export {
  IMPORT_WARNING_CODES,
  parseConfigTree,
  type ConfigTreeOptions,
  type ConfigWarning,
  type ImportWarningCode,
  type Statement,
} from './config-tree';
export {
  importCluster,
  ImportError,
  ImportLimitError,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './import';
export { normaliseForRender } from './normalise';
export { diff, type DiffOptions } from './diff';
export { specSha256 } from './hash';
export { canonical } from './canonical';
export { consoleNotifyFifos } from './notify';
export { DEFAULT_INCLUDE_LIMITS, globMatch, type IncludeLimits, resolveIncludeFrom } from './include-files';
export {
  interimStage,
  planHazards,
  reloadHazards,
  scriptHazards,
  type InterimStage,
  type ReloadHazard,
  type ReloadHazardKind,
} from './hazards';
export {
  ADMIN_STATE_VALUES,
  MAINTENANCE_TRACK_NAME,
  MAINTENANCE_VALUES,
  maintenanceFile,
  realServerFile,
  realServerRuntimeKey,
  RUNTIME_DIR_NAME,
  RUNTIME_TRACK_PREFIX,
  runtimeControlsFor,
  runtimeFiles,
  serviceNaturalKey,
  stripRuntimeControls,
  type RuntimeControls,
  type RuntimeFile,
} from './runtime-controls';
