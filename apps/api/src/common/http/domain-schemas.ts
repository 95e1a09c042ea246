import {
  ClusterSpecSchema,
  DirectorSchema,
  ExtraEntrySchema,
  GarpSchema,
  GlobalDefsSchema,
  HealthCheckSchema,
  HttpUrlCheckSchema,
  LvsSyncDaemonSchema,
  NotifySchema,
  RealServerSchema,
  SmtpHostSchema,
  TrackFileSchema,
  TrackProcessSchema,
  VipSchema,
  VirtualServerGroupMemberSchema,
  VirtualServerGroupSchema,
  VirtualServiceSchema,
  VrrpInstanceSchema,
  VrrpMemberSchema,
  VrrpScriptSchema,
  VrrpSyncGroupSchema,
} from '@lvs/domain';
import { nameSchema } from './openapi-components';

/**
 * The cluster spec's schemas (libs/domain) under the names the OpenAPI document and the generated
 * client give them. Imported for its effect by api-response.ts, which every controller imports, so
 * the names exist before any route decorator converts a schema.
 */
const DOMAIN_SCHEMA_NAMES = [
  [ClusterSpecSchema, 'ClusterSpec'],
  [DirectorSchema, 'Director'],
  [VrrpInstanceSchema, 'VrrpInstance'],
  [VrrpMemberSchema, 'VrrpMember'],
  [VipSchema, 'Vip'],
  [NotifySchema, 'Notify'],
  [VrrpSyncGroupSchema, 'VrrpSyncGroup'],
  [VirtualServiceSchema, 'VirtualService'],
  [RealServerSchema, 'RealServer'],
  [HealthCheckSchema, 'HealthCheck'],
  [HttpUrlCheckSchema, 'HttpUrlCheck'],
  [SmtpHostSchema, 'SmtpHost'],
  [ExtraEntrySchema, 'ExtraEntry'],
  [VrrpScriptSchema, 'VrrpScript'],
  [TrackFileSchema, 'TrackFile'],
  [TrackProcessSchema, 'TrackProcess'],
  [VirtualServerGroupSchema, 'VirtualServerGroup'],
  [VirtualServerGroupMemberSchema, 'VirtualServerGroupMember'],
  [GarpSchema, 'Garp'],
  [LvsSyncDaemonSchema, 'LvsSyncDaemon'],
  [GlobalDefsSchema, 'GlobalDefs'],
] as const;

for (const [schema, id] of DOMAIN_SCHEMA_NAMES) nameSchema(schema, id);
