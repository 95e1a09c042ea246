import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { LoginThrottleEntity } from '../../modules/users/login-throttle.entity';
import { SessionEntity } from '../../modules/auth/session.entity';
import { ClusterEntity } from '../../modules/clusters/cluster.entity';
import { DeploymentConfirmationEntity } from '../../modules/confirmations/confirmation.entity';
import {
  ClusterDeployStateEntity,
  ConfigRevisionEntity,
  DeploymentEntity,
  DeploymentTargetEntity,
  DirectorHostKeyEntity,
} from '../../modules/deployments/deployment.entities';
import { ClusterEventEntity } from '../../modules/events/cluster-event.entity';
import { RealServerAccessEntity } from '../../modules/real-server-checks/real-server-access.entity';
import { SshCredentialEntity } from '../../modules/credentials/ssh-credential.entity';
import { ApiTokenEntity } from '../../modules/tokens/api-token.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { NOTIFICATION_ENTITIES } from '../../modules/notifications/notification.entities';
import { DirectorCapabilitiesEntity } from '../../modules/fleet/director-capabilities.entity';
import { DirectorEntity } from '../../modules/clusters/resources/director.entity';
import { RealServerEntity } from '../../modules/clusters/resources/real-server.entity';
import { VirtualServiceEntity } from '../../modules/clusters/resources/virtual-service.entity';
import { VrrpInstanceEntity, VrrpMemberEntity, VrrpVipEntity } from '../../modules/clusters/resources/vrrp-instance.entity';
import { VrrpSyncGroupEntity, VrrpSyncGroupMemberEntity } from '../../modules/clusters/resources/vrrp-sync-group.entity';

/** Every TypeORM entity of the app, in one list for the data source and the schema-drift test. */
export const ENTITIES: Function[] = [
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  AuditEventEntity,
  SshCredentialEntity,
  ClusterEntity,
  ConfigRevisionEntity,
  DeploymentEntity,
  DeploymentTargetEntity,
  DirectorHostKeyEntity,
  ClusterDeployStateEntity,
  DeploymentConfirmationEntity,
  DirectorEntity,
  VrrpInstanceEntity,
  VrrpMemberEntity,
  VrrpVipEntity,
  VrrpSyncGroupEntity,
  VrrpSyncGroupMemberEntity,
  VirtualServiceEntity,
  RealServerEntity,
  LoginThrottleEntity,
  DirectorCapabilitiesEntity,
  ClusterEventEntity,
  RealServerAccessEntity,
  ...NOTIFICATION_ENTITIES,
];
