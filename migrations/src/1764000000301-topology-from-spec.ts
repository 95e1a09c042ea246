import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves each cluster's topology from the `clusters.spec` document (jsonb) into the topology tables,
 * then drops the column: the tables are the one source of truth from here on. The stored documents
 * were parsed by the domain schema before they were written, so every defaulted field is present.
 * `down()` rebuilds the document from the tables.
 */
export class TopologyFromSpec1764000000301 implements MigrationInterface {
  name = 'TopologyFromSpec1764000000301';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO directors (cluster_id, position, name, address, ssh_port, ssh_user, credential, config_path, reload_method, pid_file, sudo)
      SELECT c.id, e.ord - 1, e.v->>'name', e.v->>'address', (e.v->>'sshPort')::int, e.v->>'sshUser', e.v->>'credential',
             e.v->>'configPath', e.v->>'reloadMethod', e.v->>'pidFile', (e.v->>'sudo')::boolean
      FROM clusters c, jsonb_array_elements(c.spec->'directors') WITH ORDINALITY AS e(v, ord)`);

    await q.query(`
      INSERT INTO vrrp_instances (cluster_id, position, name, interface, virtual_router_id, advert_int, nopreempt, preempt_delay, unicast, auth_pass,
                                  track_interfaces, garp_master_delay, notify_master, notify_backup, notify_fault, notify_stop, notify_any)
      SELECT c.id, e.ord - 1, e.v->>'name', e.v->>'interface', (e.v->>'virtualRouterId')::smallint, (e.v->>'advertInt')::smallint,
             (e.v->>'nopreempt')::boolean, (e.v->>'preemptDelay')::smallint, (e.v->>'unicast')::boolean, e.v->>'authPass',
             ARRAY(SELECT jsonb_array_elements_text(COALESCE(e.v->'trackInterfaces', '[]'::jsonb))), (e.v->>'garpMasterDelay')::smallint,
             e.v->'notify'->>'master', e.v->'notify'->>'backup', e.v->'notify'->>'fault', e.v->'notify'->>'stop', e.v->'notify'->>'any'
      FROM clusters c, jsonb_array_elements(c.spec->'vrrpInstances') WITH ORDINALITY AS e(v, ord)`);

    await q.query(`
      INSERT INTO vrrp_members (instance_id, position, director_id, priority, state)
      SELECT i.id, m.ord - 1, d.id, (m.v->>'priority')::smallint, m.v->>'state'
      FROM clusters c
      CROSS JOIN jsonb_array_elements(c.spec->'vrrpInstances') AS e(v)
      JOIN vrrp_instances i ON i.cluster_id = c.id AND i.name = e.v->>'name'
      CROSS JOIN jsonb_array_elements(e.v->'members') WITH ORDINALITY AS m(v, ord)
      JOIN directors d ON d.cluster_id = c.id AND d.name = m.v->>'director'`);

    await q.query(`
      INSERT INTO vrrp_vips (instance_id, position, address, dev, label)
      SELECT i.id, x.ord - 1, x.v->>'address', x.v->>'dev', x.v->>'label'
      FROM clusters c
      CROSS JOIN jsonb_array_elements(c.spec->'vrrpInstances') AS e(v)
      JOIN vrrp_instances i ON i.cluster_id = c.id AND i.name = e.v->>'name'
      CROSS JOIN jsonb_array_elements(COALESCE(e.v->'vips', '[]'::jsonb)) WITH ORDINALITY AS x(v, ord)`);

    await q.query(`
      INSERT INTO vrrp_sync_groups (cluster_id, position, name)
      SELECT c.id, e.ord - 1, e.v->>'name'
      FROM clusters c, jsonb_array_elements(COALESCE(c.spec->'vrrpSyncGroups', '[]'::jsonb)) WITH ORDINALITY AS e(v, ord)`);

    await q.query(`
      INSERT INTO vrrp_sync_group_members (sync_group_id, position, instance_id)
      SELECT g.id, n.ord - 1, i.id
      FROM clusters c
      CROSS JOIN jsonb_array_elements(COALESCE(c.spec->'vrrpSyncGroups', '[]'::jsonb)) AS e(v)
      JOIN vrrp_sync_groups g ON g.cluster_id = c.id AND g.name = e.v->>'name'
      CROSS JOIN jsonb_array_elements_text(e.v->'instances') WITH ORDINALITY AS n(name, ord)
      JOIN vrrp_instances i ON i.cluster_id = c.id AND i.name = n.name`);

    // key: the domain's virtualServiceKey / realServerKey (`[v6]:port/PROTO`, `fwmark:N`, `[v6]:port`).
    await q.query(`
      INSERT INTO virtual_services (cluster_id, position, key, vip, port, protocol, fwmark, family, scheduler, forwarding, persistence_timeout,
                                    persistence_netmask, quorum, hysteresis, quorum_up, quorum_down, alpha, omega, delay_loop,
                                    sorry_server_address, sorry_server_port, virtualhost)
      SELECT c.id, e.ord - 1,
             CASE WHEN e.v ? 'fwmark' THEN 'fwmark:' || (e.v->>'fwmark')
                  ELSE (CASE WHEN e.v->>'vip' LIKE '%:%' THEN '[' || (e.v->>'vip') || ']' ELSE e.v->>'vip' END)
                       || ':' || COALESCE(e.v->>'port', '0') || '/' || (e.v->>'protocol') END,
             e.v->>'vip', (e.v->>'port')::int, e.v->>'protocol', (e.v->>'fwmark')::bigint, e.v->>'family', e.v->>'scheduler', e.v->>'forwarding',
             (e.v->'persistence'->>'timeout')::int, e.v->'persistence'->>'netmask', (e.v->>'quorum')::bigint, (e.v->>'hysteresis')::bigint,
             e.v->>'quorumUp', e.v->>'quorumDown', (e.v->>'alpha')::boolean, (e.v->>'omega')::boolean, (e.v->>'delayLoop')::int,
             e.v->'sorryServer'->>'address', (e.v->'sorryServer'->>'port')::int, e.v->>'virtualhost'
      FROM clusters c, jsonb_array_elements(c.spec->'virtualServices') WITH ORDINALITY AS e(v, ord)`);

    await q.query(`
      INSERT INTO real_servers (virtual_service_id, position, key, address, port, weight, forwarding, upper_threshold, lower_threshold, inhibit_on_failure, admin_state,
                                health_check_type, health_check)
      SELECT s.id, r.ord - 1,
             (CASE WHEN r.v->>'address' LIKE '%:%' THEN '[' || (r.v->>'address') || ']' ELSE r.v->>'address' END) || ':' || COALESCE(r.v->>'port', '0'),
             r.v->>'address', (r.v->>'port')::int, (r.v->>'weight')::int, r.v->>'forwarding', (r.v->>'upperThreshold')::int,
             (r.v->>'lowerThreshold')::int, (r.v->>'inhibitOnFailure')::boolean, r.v->>'adminState',
             r.v->'healthCheck'->>'type', ((r.v->'healthCheck') - 'type')::json
      FROM virtual_services s
      JOIN clusters c ON c.id = s.cluster_id
      CROSS JOIN jsonb_array_elements(c.spec->'virtualServices') WITH ORDINALITY AS e(v, ord)
      CROSS JOIN jsonb_array_elements(e.v->'realServers') WITH ORDINALITY AS r(v, ord)
      WHERE s.position = e.ord - 1`);

    await q.query(`ALTER TABLE clusters DROP COLUMN spec`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clusters ADD COLUMN spec jsonb`);
    // jsonb_strip_nulls: the document omits unset optional fields (it never holds a null).
    await q.query(`
      UPDATE clusters c SET spec = jsonb_build_object(
        'apiVersion', 'lvs-console/v1', 'name', c.name, 'description', c.description, 'mode', c.mode,
        'directors', COALESCE((
          SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('name', d.name, 'address', d.address, 'sshPort', d.ssh_port, 'sshUser', d.ssh_user,
                   'credential', d.credential, 'configPath', d.config_path, 'reloadMethod', d.reload_method, 'pidFile', d.pid_file, 'sudo', d.sudo)) ORDER BY d.position)
          FROM directors d WHERE d.cluster_id = c.id), '[]'::jsonb),
        'vrrpInstances', COALESCE((
          SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('name', i.name, 'interface', i.interface, 'virtualRouterId', i.virtual_router_id,
                   'advertInt', i.advert_int, 'nopreempt', i.nopreempt, 'preemptDelay', i.preempt_delay, 'unicast', i.unicast, 'authPass', i.auth_pass,
                   'trackInterfaces', to_jsonb(i.track_interfaces), 'garpMasterDelay', i.garp_master_delay,
                   'notify', jsonb_build_object('master', i.notify_master, 'backup', i.notify_backup, 'fault', i.notify_fault, 'stop', i.notify_stop, 'any', i.notify_any),
                   'members', (SELECT jsonb_agg(jsonb_build_object('director', d.name, 'priority', m.priority, 'state', m.state) ORDER BY m.position)
                               FROM vrrp_members m JOIN directors d ON d.id = m.director_id WHERE m.instance_id = i.id),
                   'vips', COALESCE((SELECT jsonb_agg(jsonb_build_object('address', v.address, 'dev', v.dev, 'label', v.label) ORDER BY v.position)
                                     FROM vrrp_vips v WHERE v.instance_id = i.id), '[]'::jsonb))) ORDER BY i.position)
          FROM vrrp_instances i WHERE i.cluster_id = c.id), '[]'::jsonb),
        'vrrpSyncGroups', COALESCE((
          SELECT jsonb_agg(jsonb_build_object('name', g.name,
                   'instances', (SELECT jsonb_agg(i.name ORDER BY gm.position) FROM vrrp_sync_group_members gm JOIN vrrp_instances i ON i.id = gm.instance_id
                                 WHERE gm.sync_group_id = g.id)) ORDER BY g.position)
          FROM vrrp_sync_groups g WHERE g.cluster_id = c.id), '[]'::jsonb),
        'virtualServices', COALESCE((
          SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('vip', s.vip, 'port', s.port, 'protocol', s.protocol, 'fwmark', s.fwmark, 'family', s.family,
                   'scheduler', s.scheduler, 'forwarding', s.forwarding,
                   'persistence', CASE WHEN s.persistence_timeout IS NULL THEN NULL ELSE jsonb_build_object('timeout', s.persistence_timeout, 'netmask', s.persistence_netmask) END,
                   'quorum', s.quorum, 'hysteresis', s.hysteresis, 'quorumUp', s.quorum_up, 'quorumDown', s.quorum_down, 'alpha', s.alpha, 'omega', s.omega,
                   'delayLoop', s.delay_loop,
                   'sorryServer', CASE WHEN s.sorry_server_address IS NULL THEN NULL ELSE jsonb_build_object('address', s.sorry_server_address, 'port', s.sorry_server_port) END,
                   'virtualhost', s.virtualhost,
                   'realServers', COALESCE((
                     SELECT jsonb_agg(jsonb_build_object('address', r.address, 'port', r.port, 'weight', r.weight, 'forwarding', r.forwarding,
                              'upperThreshold', r.upper_threshold, 'lowerThreshold', r.lower_threshold, 'inhibitOnFailure', r.inhibit_on_failure,
                              'adminState', r.admin_state,
                              'healthCheck', CASE WHEN r.health_check_type IS NULL THEN NULL ELSE jsonb_build_object('type', r.health_check_type) || r.health_check::jsonb END) ORDER BY r.position)
                     FROM real_servers r WHERE r.virtual_service_id = s.id), '[]'::jsonb))) ORDER BY s.position)
          FROM virtual_services s WHERE s.cluster_id = c.id), '[]'::jsonb))`);
    await q.query(`ALTER TABLE clusters ALTER COLUMN spec SET NOT NULL`);
    for (const t of [
      'real_servers',
      'virtual_services',
      'vrrp_sync_group_members',
      'vrrp_sync_groups',
      'vrrp_vips',
      'vrrp_members',
      'vrrp_instances',
      'directors',
    ]) {
      await q.query(`DELETE FROM ${t}`);
    }
  }
}
