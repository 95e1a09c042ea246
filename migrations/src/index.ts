import { AppSettings1764000000000 } from './1764000000000-app-settings';
import { AuthAudit1764000000001 } from './1764000000001-auth-audit';
import { SshCredentials1764000000100 } from './1764000000100-ssh-credentials';
import { Clusters1764000000150 } from './1764000000150-clusters';
import { Deployments1764000000200 } from './1764000000200-deployments';
import { TopologyTables1764000000300 } from './1764000000300-topology-tables';
import { TopologyFromSpec1764000000301 } from './1764000000301-topology-from-spec';
import { ClusterCounts1764000000302 } from './1764000000302-cluster-counts';
import { MetricMinutes1764000000400 } from './1764000000400-metric-minutes';
import { SocketIoAttachments1764000000401 } from './1764000000401-socket-io-attachments';
import { CredentialAddressBinding1764000000520 } from './1764000000520-credential-address-binding';
import { ClusterArchive1764000000540 } from './1764000000540-cluster-archive';
import { DeploymentIdempotencyFingerprint1764000000560 } from './1764000000560-deployment-idempotency-fingerprint';
import { LoginThrottles1764000000580 } from './1764000000580-login-throttles';
import { DeploymentConfirmations1764000000620 } from './1764000000620-deployment-confirmations';
import { RuntimeControls1764000000700 } from './1764000000700-runtime-controls';
import { KeepalivedOptions1764000000640 } from './1764000000640-keepalived-options';
import { VipOptions1764000000641 } from './1764000000641-vip-options';
import { VrrpOwnerSubsecond1764000000650 } from './1764000000650-vrrp-owner-subsecond';
import { DirectorCapabilities1764000000720 } from './1764000000720-director-capabilities';
import { ClusterEvents1764000000740 } from './1764000000740-cluster-events';
import { RealServerAccess1764000000741 } from './1764000000741-real-server-access';
import { Notifications1764000000760 } from './1764000000760-notifications';
import { UserExternalIdentity1764000000780 } from './1764000000780-user-external-identity';
import { LintFindingsOpen1764000000810 } from './1764000000810-lint-findings-open';

/** Every migration, oldest first. The app runs them at start-up; `npm run migration:*` drives them by hand. */
export const MIGRATIONS = [
  AppSettings1764000000000,
  AuthAudit1764000000001,
  SshCredentials1764000000100,
  Clusters1764000000150,
  Deployments1764000000200,
  TopologyTables1764000000300,
  TopologyFromSpec1764000000301,
  ClusterCounts1764000000302,
  MetricMinutes1764000000400,
  SocketIoAttachments1764000000401,
  CredentialAddressBinding1764000000520,
  ClusterArchive1764000000540,
  DeploymentIdempotencyFingerprint1764000000560,
  LoginThrottles1764000000580,
  DeploymentConfirmations1764000000620,
  KeepalivedOptions1764000000640,
  VipOptions1764000000641,
  VrrpOwnerSubsecond1764000000650,
  RuntimeControls1764000000700,
  DirectorCapabilities1764000000720,
  ClusterEvents1764000000740,
  RealServerAccess1764000000741,
  Notifications1764000000760,
  UserExternalIdentity1764000000780,
  LintFindingsOpen1764000000810,
];
