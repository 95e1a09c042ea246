import { describe, expect, it } from 'vitest';
import { parseIpvsSave } from './parse-save';
import { canonicalIpvsTable, checkerTableDrift, diffIpvsTables, ipvsTableDifferences, sameIpvsTable } from './reconcile';

const LIVE = `-A -t 10.0.0.1:80 -s wrr
-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1
-a -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1
-A -u 10.0.0.1:53 -s rr
-a -u 10.0.0.1:53 -r 10.0.1.21:53 -m -w 1
`;

const lines = (live: string, want: string) => diffIpvsTables(parseIpvsSave(live), parseIpvsSave(want)).map((c) => c.args.join(' '));

describe('diffIpvsTables', () => {
  it('has nothing to do when the tables are equal, whatever the line order', () => {
    const shuffled = LIVE.split('\n').filter(Boolean);
    const reordered = [shuffled[3], shuffled[4], shuffled[0], shuffled[2], shuffled[1]].join('\n');
    expect(lines(LIVE, reordered)).toEqual([]);
    expect(sameIpvsTable(parseIpvsSave(LIVE), parseIpvsSave(reordered))).toBe(true);
  });

  it('edits a weight, adds one real server and deletes another with -e/-a/-d only (the service stays)', () => {
    const want = `-A -t 10.0.0.1:80 -s wrr
-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 5
-a -t 10.0.0.1:80 -r 10.0.1.13:80 -g -w 1
-A -u 10.0.0.1:53 -s rr
-a -u 10.0.0.1:53 -r 10.0.1.21:53 -m -w 1
`;
    expect(lines(LIVE, want)).toEqual([
      '-a -t 10.0.0.1:80 -r 10.0.1.13:80 -g -w 1',
      '-e -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 5',
      '-d -t 10.0.0.1:80 -r 10.0.1.12:80',
    ]);
  });

  it('edits a service whose scheduler, persistence or flags changed (-E), never deleting it', () => {
    const want = LIVE.replace('-A -t 10.0.0.1:80 -s wrr', '-A -t 10.0.0.1:80 -s sh -p 300 -M 255.255.255.0 -b sh-fallback');
    expect(lines(LIVE, want)).toEqual(['-E -t 10.0.0.1:80 -s sh -p 300 -M 255.255.255.0 -b sh-fallback']);
    // persistence removed again: -E without -p
    expect(lines(want, LIVE)).toEqual(['-E -t 10.0.0.1:80 -s wrr']);
  });

  it('edits forwarding and thresholds of a real server (-e), clearing thresholds that went away', () => {
    const want = LIVE.replace('-r 10.0.1.12:80 -g -w 1', '-r 10.0.1.12:80 -m -w 1 -x 100 -y 50');
    expect(lines(LIVE, want)).toEqual(['-e -t 10.0.0.1:80 -r 10.0.1.12:80 -m -w 1 -x 100 -y 50']);
    expect(lines(want, LIVE)).toEqual(['-e -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1']);
  });

  it('adds a new service with its real servers and deletes a service that is gone (-A/-a/-D), adds before deletes', () => {
    const want = `-A -t 10.0.0.1:80 -s wrr
-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1
-a -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1
-A -f 7 -s rr
-a -f 7 -r 10.0.1.31:0 -g -w 2
-A -t [2001:db8::1]:443 -s rr
-a -t [2001:db8::1]:443 -r [2001:db8::11]:443 -g -w 1
`;
    expect(lines(LIVE, want)).toEqual([
      '-A -f 7 -s rr',
      '-A -t [2001:db8::1]:443 -s rr',
      '-a -f 7 -r 10.0.1.31:0 -g -w 2',
      '-a -t [2001:db8::1]:443 -r [2001:db8::11]:443 -g -w 1',
      '-D -u 10.0.0.1:53',
    ]);
  });

  it('a real server whose port changes is a different real server (-a new, -d old)', () => {
    const want = LIVE.replace('-r 10.0.1.12:80', '-r 10.0.1.12:8080');
    expect(lines(LIVE, want)).toEqual(['-a -t 10.0.0.1:80 -r 10.0.1.12:8080 -g -w 1', '-d -t 10.0.0.1:80 -r 10.0.1.12:80']);
  });

  it('builds the whole table from empty and deletes it all to empty, never with -C', () => {
    const fromEmpty = lines('', LIVE);
    expect(fromEmpty).toEqual([
      '-A -t 10.0.0.1:80 -s wrr',
      '-A -u 10.0.0.1:53 -s rr',
      '-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1',
      '-a -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1',
      '-a -u 10.0.0.1:53 -r 10.0.1.21:53 -m -w 1',
    ]);
    expect(lines(LIVE, '')).toEqual(['-D -t 10.0.0.1:80', '-D -u 10.0.0.1:53']);
    expect([...fromEmpty, ...lines(LIVE, '')].some((l) => l.includes('-C'))).toBe(false);
  });

  it('treats the default persistence netmask and missing thresholds like ipvsadm-save prints them', () => {
    const a = '-A -t 10.0.0.1:80 -s wrr -p 60\n-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1\n';
    const b = '-A -t 10.0.0.1:80 -s wrr -p 60 -M 255.255.255.255\n-a -t 10.0.0.1:80 -r 10.0.1.11:80 -g -w 1 -x 0 -y 0\n';
    expect(lines(a, b)).toEqual([]);
  });

  it('applying the commands to the live table gives the wanted table (model check)', () => {
    const want = `-A -t 10.0.0.1:80 -s rr -p 30
-a -t 10.0.0.1:80 -r 10.0.1.12:80 -i -w 3
-a -t 10.0.0.1:80 -r 10.0.1.14:80 -g -w 1
-A -t 10.0.0.2:80 -s wlc
-a -t 10.0.0.2:80 -r 10.0.1.11:80 -g -w 1
`;
    // Replay the commands as ipvsadm-save lines on a simple model of the table.
    const table = new Map<string, { head: string; rs: Map<string, string> }>();
    for (const l of LIVE.split('\n').filter(Boolean)) {
      const w = l.split(' ');
      if (w[0] === '-A') table.set(w[2], { head: l, rs: new Map() });
      else table.get(w[2])!.rs.set(w[4], l);
    }
    for (const c of diffIpvsTables(parseIpvsSave(LIVE), parseIpvsSave(want))) {
      const [op, , svc, , rs] = c.args;
      const line = c.args.join(' ');
      if (op === '-A' || op === '-E') table.set(svc, { head: line.replace(/^-E/, '-A'), rs: table.get(svc)?.rs ?? new Map() });
      else if (op === '-D') table.delete(svc);
      else if (op === '-a' || op === '-e') table.get(svc)!.rs.set(rs, line.replace(/^-e/, '-a'));
      else table.get(svc)!.rs.delete(rs);
    }
    const text = [...table.values()].flatMap((s) => [s.head, ...s.rs.values()]).join('\n');
    expect(canonicalIpvsTable(parseIpvsSave(text))).toEqual(canonicalIpvsTable(parseIpvsSave(want)));
  });
});

describe('ipvsTableDifferences', () => {
  it('lists what is missing and what is extra', () => {
    const want = LIVE.replace('-w 1\n-a -t 10.0.0.1:80 -r 10.0.1.12:80', '-w 2\n-a -t 10.0.0.1:80 -r 10.0.1.12:80');
    expect(ipvsTableDifferences(parseIpvsSave(LIVE), parseIpvsSave(want))).toEqual([
      '- 10.0.0.1:80/TCP>10.0.1.11:80 -g -w 1',
      '+ 10.0.0.1:80/TCP>10.0.1.11:80 -g -w 2',
    ]);
  });
});

describe('checkerTableDrift', () => {
  const drift = (live: string, tolerated?: (s: string, r: string) => boolean) =>
    checkerTableDrift(parseIpvsSave(live), parseIpvsSave(LIVE), tolerated);

  it('sees no drift in what the checkers do: a real server taken out, or inhibited to weight 0', () => {
    expect(drift(LIVE)).toEqual([]);
    expect(drift(LIVE.replace('-a -t 10.0.0.1:80 -r 10.0.1.12:80 -g -w 1\n', ''))).toEqual([]);
    expect(drift(LIVE.replace('10.0.1.12:80 -g -w 1', '10.0.1.12:80 -g -w 0'))).toEqual([]);
  });

  it('flags a real server nobody asked for, unless it is the sorry server', () => {
    const extra = `${LIVE}-a -t 10.0.0.1:80 -r 10.0.1.99:80 -g -w 1\n`;
    expect(drift(extra)).toEqual(['- 10.0.0.1:80/TCP>10.0.1.99:80 -g -w 1']);
    expect(drift(extra, (s, r) => s === '10.0.0.1:80/TCP' && r === '10.0.1.99:80')).toEqual([]);
  });

  it('flags a manual weight or forwarding change, a changed scheduler, an extra service and a missing one', () => {
    expect(drift(LIVE.replace('10.0.1.11:80 -g -w 1', '10.0.1.11:80 -g -w 7'))).toEqual([
      '- 10.0.0.1:80/TCP>10.0.1.11:80 -g -w 7',
      '+ 10.0.0.1:80/TCP>10.0.1.11:80 -g -w 1',
    ]);
    expect(drift(LIVE.replace('10.0.1.21:53 -m', '10.0.1.21:53 -g'))).toEqual([
      '- 10.0.0.1:53/UDP>10.0.1.21:53 -g -w 1',
      '+ 10.0.0.1:53/UDP>10.0.1.21:53 -m -w 1',
    ]);
    expect(drift(LIVE.replace('-s wrr', '-s rr'))).toEqual(['- 10.0.0.1:80/TCP -s rr', '+ 10.0.0.1:80/TCP -s wrr']);
    expect(drift(`${LIVE}-A -t 10.0.0.2:443 -s rr\n`)).toEqual(['- 10.0.0.2:443/TCP -s rr']);
    expect(drift(LIVE.split('\n').slice(0, 3).join('\n'))).toEqual(['+ 10.0.0.1:53/UDP -s rr']);
  });
});
