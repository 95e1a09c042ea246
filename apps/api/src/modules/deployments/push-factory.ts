import type { ClusterSpec, Director } from '@lvs/domain';
import type { RuntimeFile } from '@lvs/keepalived';
import type { AppConfig } from '../../config/app-config';
import type { Clock } from '../../infra/clock';
import type { SshConnection } from '../../infra/ssh/ssh-connection';
import { DirectorPush } from './director-push';
import { IpvsadmPush, rulesPathFor } from './ipvsadm-push';
import type { PushStrategy, StepRecord } from './push-types';

/** What one director's push of one stage needs to know beyond its text. */
export interface PushRequest {
  mode: ClusterSpec['mode'];
  director: Director;
  /** The console's track files with this stage's values (keepalived mode, when the text names them). */
  runtimeFiles?: readonly RuntimeFile[];
  /** Opens a new connection to the director, for a restore after it dropped the one the push had. */
  reconnect?: () => Promise<SshConnection>;
}

/** Builds the push strategy for a director: keepalived.conf with a reload, or ipvsadm rules reconciled. */
export interface PushFactory {
  create(conn: SshConnection, req: PushRequest, onStep: (s: StepRecord) => void): PushStrategy;
}

export const PUSH_FACTORY = Symbol('PUSH_FACTORY');

/** The real strategies (deployments.module.ts provides this as PUSH_FACTORY; unit tests pass fakes). */
export function pushFactory(config: AppConfig, clock: Clock): PushFactory {
  return {
    create(conn, { mode, director, runtimeFiles, reconnect }, onStep) {
      const push = build(conn, mode, director, runtimeFiles, onStep);
      return reconnect ? push.reconnectWith(reconnect) : push;
    },
  };

  function build(
    conn: SshConnection,
    mode: ClusterSpec['mode'],
    director: Director,
    runtimeFiles: readonly RuntimeFile[] | undefined,
    onStep: (s: StepRecord) => void,
  ): DirectorPush | IpvsadmPush {
    // ipvsadm mode: the rules file beside keepalived.conf, and the live IPVS table reconciled with it.
    if (mode === 'ipvsadm') return new IpvsadmPush(conn, rulesPathFor(director.configPath), onStep, config.director.configDirs, clock);
    return new DirectorPush(
      conn,
      {
        configPath: director.configPath,
        reloadMethod: director.reloadMethod,
        pidFile: director.pidFile,
        configDirs: config.director.configDirs,
        runtimeFiles,
      },
      onStep,
      config.deploy.reloadTimeoutMs,
      clock,
    );
  }
}
