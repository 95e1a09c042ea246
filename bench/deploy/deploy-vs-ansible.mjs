#!/usr/bin/env node
// Deployment wall time to 10 directors: LVS Console (pooled SSH, parallel) vs one director, vs
// Ansible (copy + validate + reload handler, forks 10) and the plain parallel OpenSSH floor.
// Real parts on this machine: one sshd on 127.0.0.1-127.0.0.10, ten keepalived (VRRP only) in their
// own network namespaces. Needs root, a built tree (npx nx run-many -t build) and Debian's ansible.
// Run: node bench/deploy/deploy-vs-ansible.mjs [runs=3]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.argv[2] ?? 3);
const N = 10;
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'lvs-bench-deploy-'));
execFileSync('chmod', ['755', dir]);
const cleanups = [];
const cleanup = () => {
  for (const c of cleanups.reverse()) {
    try {
      c();
    } catch {
      /* best effort */
    }
  }
  rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => (cleanup(), process.exit(130)));

const freePort = () =>
  new Promise((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
/** Busy and total CPU jiffies of the whole machine (/proc/stat): how loaded the cores were over a run. */
const cpuTimes = () => {
  const [, ...v] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
};
const busyShare = (a, b) => (b.busy - a.busy) / Math.max(1, b.total - a.total);

const vrrp = (name, prio, comment) =>
  `# ${comment}\nglobal_defs {\n  router_id ${name}\n}\nvrrp_instance VI_1 {\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  priority ${prio}\n  advert_int 1\n  virtual_ipaddress {\n    10.213.250.100/32 dev eth0\n  }\n}\n`;

// A uid-0 alias with /bin/sh: root's login shell here runs a heavy ~/.bashrc on every exec, which
// would measure this machine's shell start-up for all three contenders rather than the push.
const USER = 'lvs-lab';
if (spawnSync('id', [USER]).status !== 0)
  execFileSync('useradd', ['-o', '-u', '0', '-g', '0', '-M', '-N', '-d', '/var/lib/lvs-lab', '-s', '/bin/sh', USER]);
execFileSync('usermod', ['-p', '*', USER]); // "!" (locked) would make sshd refuse even keys

try {
  // --- the directors
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
  const sshPort = await freePort();
  const addrs = Array.from({ length: N }, (_, i) => `127.0.0.${i + 1}`);
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${sshPort}`,
      ...addrs.map((a) => `ListenAddress ${a}`),
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'PermitRootLogin prohibit-password',
      'UsePAM no',
      'StrictModes no',
      'MaxSessions 100',
      'MaxStartups 100',
      'Subsystem sftp internal-sftp',
      'LogLevel ERROR',
    ].join('\n') + '\n',
  );
  mkdirSync('/run/sshd', { recursive: true });
  const sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: 'ignore' });
  cleanups.push(() => sshd.kill('SIGTERM'));
  const directors = [];
  for (let i = 0; i < N; i++) {
    const ns = `lvs-bd-${randomBytes(2).toString('hex')}${i}`;
    const d = join(dir, `d${i}`);
    mkdirSync(d);
    const conf = join(d, 'keepalived.conf');
    writeFileSync(conf, vrrp(`lb${i}`, 200 - i, 'initial'));
    execFileSync('ip', ['netns', 'add', ns]);
    cleanups.push(() => execFileSync('ip', ['netns', 'del', ns]));
    execFileSync('ip', ['-n', ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'p0']);
    execFileSync('ip', ['-n', ns, 'link', 'set', 'eth0', 'up']);
    const ka = spawn(
      'ip',
      [
        'netns',
        'exec',
        ns,
        'keepalived',
        '-n',
        '-l',
        '-P',
        '-f',
        conf,
        '-p',
        join(d, 'keepalived.pid'),
        '-r',
        join(d, 'vrrp.pid'),
        '--no-syslog',
      ],
      { stdio: 'ignore' },
    );
    cleanups.push(() => ka.kill('SIGKILL'));
    directors.push({ name: `lb${i}`, address: addrs[i], conf, pid: join(d, 'keepalived.pid') });
  }
  while (!directors.every((d) => existsSync(d.pid))) await sleep(50);

  // --- the console
  const apiPort = await freePort();
  const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      DATA_DIR: join(dir, 'data'),
      API_PORT: String(apiPort),
      EMBEDDED_PG_PORT: String(await freePort()),
      ADMIN_PASSWORD: 'bench-admin-password',
      LOG_LEVEL: 'warn',
      DRIFT_SCAN_SECONDS: '0',
      TELEMETRY_TICK_MS: process.env.TELEMETRY_TICK_MS ?? '1000',
    },
    stdio: 'ignore',
  });
  cleanups.push(() => api.kill('SIGTERM'));
  const base = `http://127.0.0.1:${apiPort}/api/v1`;
  for (;;) {
    try {
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {}
    await sleep(200);
  }
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin-password' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = (await login.json()).csrfToken;
  const token = (
    await (
      await fetch(`${base}/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ name: 'bench', role: 'admin' }),
      })
    ).json()
  ).secret;
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const t = await r.text();
    if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${t}`);
    return t ? JSON.parse(t) : undefined;
  };
  await call('POST', '/credentials', {
    name: 'bench',
    kind: 'private_key',
    privateKey: readFileSync(join(dir, 'client_key'), 'utf8'),
    allowedAddresses: directors.map((d) => d.address),
  });
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'host_key.pub')])
    .toString()
    .split(' ')[1];
  const spec = (ds, weight) => ({
    name: `bench-${ds.length}-${randomBytes(2).toString('hex')}`,
    directors: ds.map((d) => ({
      name: d.name,
      address: d.address,
      sshPort,
      sshUser: USER,
      credential: 'bench',
      configPath: d.conf,
      pidFile: d.pid,
    })),
    vrrpInstances: [
      {
        name: 'VI_1',
        interface: 'eth0',
        virtualRouterId: 51,
        members: ds.map((d, i) => ({ director: d.name, priority: 200 - i })),
        vips: [{ address: '10.213.250.100/32' }],
      },
    ],
    virtualServices: [{ vip: '10.213.250.100', port: 80, realServers: [{ address: '10.213.250.21', port: 80, weight }] }],
  });
  async function consoleDeploys(ds) {
    const s = spec(ds, 1);
    const { id } = await call('POST', '/clusters', s);
    for (const d of ds) await call('PUT', `/clusters/${id}/host-keys/${d.name}`, { fingerprint });
    const times = [];
    const records = [];
    const busy = [];
    for (let run = 0; run <= RUNS; run++) {
      await call('PUT', `/clusters/${id}/spec`, { ...spec(ds, 10 + run), name: s.name });
      const t0 = performance.now();
      const cpu0 = cpuTimes();
      const dep = await call('POST', `/clusters/${id}/deployments`, { parallel: process.env.PARALLEL !== '0' });
      let st;
      do {
        await sleep(20);
        st = await call('GET', `/clusters/${id}/deployments/${dep.id}`);
      } while (st.status === 'pending' || st.status === 'running');
      if (st.status !== 'succeeded') throw new Error(`deployment ${st.status}: ${st.error}`);
      if (run > 0) {
        times.push(performance.now() - t0); // run 0 opens the pooled connections
        records.push(st);
        busy.push(busyShare(cpu0, cpuTimes()));
      }
    }
    return { times, id, records, busy };
  }
  const alive = () => directors.filter((d) => spawnSync('kill', ['-0', readFileSync(d.pid, 'utf8').trim()]).status === 0).length;
  const { times: all, id: clusterId, records: allRecords, busy: allBusy } = await consoleDeploys(directors);
  const { times: one, records: oneRecords, busy: oneBusy } = await consoleDeploys([directors[0]]);
  const pctBusy = (a) => `${Math.round(median(a) * 100)}%`;
  console.error(
    `machine CPU busy during the console's runs (${cpus().length} cores): 10 directors ${pctBusy(allBusy)}, 1 director ${pctBusy(oneBusy)}`,
  );
  // Where the console's time goes: the API's own start→finish, and per step the median over runs of
  // the slowest director's time in that step (the steps' ms as recorded in the deployment).
  const breakdown = (records) => {
    const steps = new Map();
    for (const r of records) {
      const perRun = new Map();
      for (const t of r.targets) for (const s of t.steps) perRun.set(s.name, Math.max(perRun.get(s.name) ?? 0, s.ms));
      for (const [k, v] of perRun) steps.set(k, [...(steps.get(k) ?? []), v]);
    }
    const inApi = median(records.map((r) => Date.parse(r.finishedAt) - Date.parse(r.createdAt)));
    const toStart = median(records.map((r) => Date.parse(r.startedAt) - Date.parse(r.createdAt)));
    const toFirst = median(records.map((r) => Math.min(...r.targets.map((t) => Date.parse(t.startedAt))) - Date.parse(r.startedAt)));
    const tail = median(records.map((r) => Date.parse(r.finishedAt) - Math.max(...r.targets.map((t) => Date.parse(t.finishedAt)))));
    return `API created→finished ${inApi} ms (created→started ${toStart}, started→first director ${toFirst}, last director→finished ${tail}); slowest director per step: ${[...steps].map(([k, v]) => `${k} ${median(v)}`).join(', ')} ms`;
  };
  console.error(`10 directors: ${breakdown(allRecords)}`);
  if (process.env.BREAKDOWN_ALL === '1')
    for (const r of allRecords)
      console.error(
        r.targets
          .map(
            (t) =>
              `${t.director}: ${t.steps.map((s) => `${s.name} ${s.ms}`).join(' ')} [${t.startedAt.slice(17, 23)}–${t.finishedAt.slice(17, 23)}]`,
          )
          .join('\n'),
      );
  console.error(`1 director:   ${breakdown(oneRecords)}`);
  // Ansible and the floor push the very files the console pushed (plus a changed comment line).
  const latest = (await call('GET', `/clusters/${clusterId}/revisions?limit=1`)).items[0].number;
  const rendered = (await call('GET', `/clusters/${clusterId}/revisions/${latest}`)).rendered;
  const fileFor = (d, tag) => {
    const f = join(dir, `${d.name}-${tag}.conf`);
    writeFileSync(f, `${rendered[d.name].text}# ${tag}\n`);
    return f;
  };
  console.error(`keepalived alive after the console's deployments: ${alive()}/${N}`);
  if (process.env.CONSOLE_ONLY === '1') {
    const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `console only: 10 directors ${f(median(all))} [${all.map(f).join(', ')}], 1 director ${f(median(one))} [${one.map(f).join(', ')}], ratio ${(median(all) / median(one)).toFixed(2)}`,
    );
    cleanup();
    process.exit(0); // skips the finally block, so clean up first
  }

  // --- Ansible: copy with validate, handler reloads (forks 10)
  const inv = join(dir, 'inventory.ini');
  const writeInventory = (tag) =>
    writeFileSync(
      inv,
      '[directors]\n' +
        directors
          .map((d) => `${d.name} ansible_host=${d.address} ansible_port=${sshPort} conf=${d.conf} pidfile=${d.pid} src=${fileFor(d, tag)}`)
          .join('\n') +
        `\n[directors:vars]\nansible_user=${USER}\nansible_ssh_private_key_file=${join(dir, 'client_key')}\nansible_ssh_common_args='-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null'\nansible_python_interpreter=/usr/bin/python3\n`,
    );

  const book = join(dir, 'push.yml');
  writeFileSync(
    book,
    `- hosts: directors\n  gather_facts: false\n  tasks:\n    - name: keepalived.conf\n      copy:\n        src: "{{ src }}"\n        dest: "{{ conf }}"\n        validate: keepalived --config-test -f %s\n      notify: reload keepalived\n  handlers:\n    - name: reload keepalived\n      shell: kill -HUP "$(cat {{ pidfile }})"\n`,
  );
  const ansibleTimes = [];
  for (let run = 0; run < RUNS; run++) {
    writeInventory(`ansible-${run}`);
    const t0 = performance.now();
    const r = spawnSync('ansible-playbook', ['-i', inv, '-f', '10', book], {
      encoding: 'utf8',
      env: { ...process.env, ANSIBLE_HOST_KEY_CHECKING: 'False', ANSIBLE_NOCOLOR: '1' },
    });
    ansibleTimes.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`ansible-playbook failed:\n${r.stdout}\n${r.stderr}`);
  }

  console.error(`keepalived alive after Ansible: ${alive()}/${N}`);
  // --- the floor: plain OpenSSH, all ten in parallel: copy, config-test, mv, reload
  const floorTimes = [];
  const sshArgs = [
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'LogLevel=ERROR',
    '-i',
    join(dir, 'client_key'),
  ];
  for (let run = 0; run < RUNS; run++) {
    const files = new Map(directors.map((d) => [d.name, readFileSync(fileFor(d, `floor-${run}`))]));
    const t0 = performance.now();
    await Promise.all(
      directors.map(
        (d) =>
          new Promise((res, rej) => {
            const sh = `cat > ${d.conf}.new && keepalived --config-test -f ${d.conf}.new && mv ${d.conf}.new ${d.conf} && kill -HUP "$(cat ${d.pid})"`;
            const p = spawn('ssh', [...sshArgs, '-p', String(sshPort), `${USER}@${d.address}`, sh], {
              stdio: ['pipe', 'ignore', 'inherit'],
            });
            p.stdin.end(files.get(d.name));
            p.on('exit', (c) => (c === 0 ? res() : rej(new Error(`ssh ${d.address} exit ${c}`))));
          }),
      ),
    );
    floorTimes.push(performance.now() - t0);
  }

  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nDeploying keepalived.conf to ${N} directors (median of ${RUNS} runs; the console's first run opens its pooled connections and is not counted):`,
  );
  console.log(`  LVS Console, 10 directors (parallel BACKUPs, MASTER last): ${f(median(all))}  [${all.map(f).join(', ')}]`);
  console.log(`  LVS Console, 1 director:                                  ${f(median(one))}  [${one.map(f).join(', ')}]`);
  console.log(`  ratio 10 directors / 1 director:                          ${(median(all) / median(one)).toFixed(2)}`);
  console.log(
    `  Ansible (copy+validate+handler, forks 10):                ${f(median(ansibleTimes))}  [${ansibleTimes.map(f).join(', ')}]`,
  );
  console.log(`  plain parallel OpenSSH floor (new connections):           ${f(median(floorTimes))}  [${floorTimes.map(f).join(', ')}]`);
  console.log(`  Ansible / LVS Console:                                    ${(median(ansibleTimes) / median(all)).toFixed(1)}x`);
} finally {
  cleanup();
}
