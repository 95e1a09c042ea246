import { describe, expect, it } from 'vitest';
import { framed } from './ssh-connection';

/** What a login shell may print around a command, and what the console must read out of it. */
describe('framed exec output', () => {
  const markers = (command: string) => {
    const f = framed(command);
    const begin = /@lvs-begin-[0-9a-f]+@/.exec(f.command)![0];
    const end = /@lvs-end-[0-9a-f]+@/.exec(f.command)![0];
    return { ...f, begin, end };
  };

  it('wraps the command between markers unique to each call, keeping its exit status', () => {
    const a = markers('echo hi');
    const b = markers('echo hi');
    expect(a.begin).not.toBe(b.begin);
    expect(a.command).toMatch(/echo hi\nlvs_rc=\$\?; .* exit \$lvs_rc$/);
  });

  it('cuts out a banner before (with or without a newline) and anything after', () => {
    const f = markers('x');
    const sha = `${'a'.repeat(64)}  /etc/keepalived/keepalived.conf\n`;
    expect(f.unframe(`${'0'.repeat(64)}  /etc/keepalived/keepalived.conf\nwelcome${f.begin}\n${sha}${f.end}bye\n`)).toBe(sha);
    // output without a trailing newline keeps its last byte
    expect(f.unframe(`banner\n${f.begin}\nno newline${f.end}`)).toBe('no newline');
    // the command's own output may contain what looks like a marker of another call
    const other = markers('y');
    expect(f.unframe(`${f.begin}\n${other.end}\n${f.end}`)).toBe(`${other.end}\n`);
  });

  it('keeps what came after the begin marker when the command was cut off, and everything when the shell never ran it', () => {
    const f = markers('x');
    expect(f.unframe(`banner${f.begin}\npartial`)).toBe('partial');
    expect(f.unframe('sh: cannot execute\n')).toBe('sh: cannot execute\n');
  });
});
