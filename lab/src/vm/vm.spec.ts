import { describe, expect, it } from 'vitest';
import { resolveLoadOrder } from './initramfs';
import { bzImagePayload, hasPvhNote } from './kernel';

describe('resolveLoadOrder (modules.dep → insmod order)', () => {
  const dep = [
    'kernel/net/netfilter/ipvs/ip_vs_rr.ko: kernel/net/netfilter/ipvs/ip_vs.ko kernel/net/netfilter/nf_conntrack.ko kernel/lib/libcrc32c.ko',
    // Listed in an order that is not a load order: the resolver must not trust it.
    'kernel/net/netfilter/ipvs/ip_vs.ko: kernel/lib/libcrc32c.ko kernel/net/netfilter/nf_conntrack.ko',
    'kernel/net/netfilter/nf_conntrack.ko: kernel/lib/libcrc32c.ko',
    'kernel/lib/libcrc32c.ko:',
    'kernel/crypto/crc32c_generic.ko:',
    'kernel/drivers/char/hw_random/virtio-rng.ko: kernel/drivers/virtio/virtio.ko',
    'kernel/drivers/virtio/virtio.ko:',
    '',
  ].join('\n');

  it('puts every dependency before its user, once', () => {
    expect(resolveLoadOrder(dep, '', ['crc32c_generic', 'ip_vs_rr', 'ip_vs'])).toEqual([
      'kernel/crypto/crc32c_generic.ko',
      'kernel/lib/libcrc32c.ko',
      'kernel/net/netfilter/nf_conntrack.ko',
      'kernel/net/netfilter/ipvs/ip_vs.ko',
      'kernel/net/netfilter/ipvs/ip_vs_rr.ko',
    ]);
  });

  it('matches dashes and underscores as the kernel does, and skips built-ins', () => {
    expect(resolveLoadOrder(dep, 'kernel/drivers/virtio/virtio.ko\n', ['virtio_rng'])).toEqual([
      'kernel/drivers/char/hw_random/virtio-rng.ko',
    ]);
  });

  it('names a module it cannot find', () => {
    expect(() => resolveLoadOrder(dep, '', ['9p'])).toThrow(/module 9p \(wanted by the lab\) is not in modules.dep/);
  });
});

describe('kernel image helpers', () => {
  it('finds the compressed payload from the bzImage setup header', () => {
    const img = Buffer.alloc(4096);
    img[0x1f1] = 2; // setup sectors: protected-mode code starts at (2 + 1) * 512
    img.writeUInt32LE(0x53726448, 0x202);
    img.writeUInt16LE(0x20f, 0x206);
    img.writeUInt32LE(100, 0x248);
    img.writeUInt32LE(6, 0x24c);
    Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]).copy(img, 1536 + 100);
    expect(bzImagePayload(img)).toEqual(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]));
    expect(bzImagePayload(Buffer.alloc(4096))).toBeUndefined();
  });

  it('recognises the PVH entry note (Xen note type 18) in an ELF image', () => {
    const note = (type: number) => {
      const b = Buffer.alloc(20);
      b.writeUInt32LE(4, 0); // namesz
      b.writeUInt32LE(4, 4); // descsz
      b.writeUInt32LE(type, 8);
      b.write('Xen\0', 12, 'latin1');
      return b;
    };
    const elf = (...notes: Buffer[]) => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60), ...notes]);
    expect(hasPvhNote(elf(note(6), note(18)))).toBe(true);
    expect(hasPvhNote(elf(note(6), note(5)))).toBe(false);
    expect(hasPvhNote(Buffer.concat([Buffer.alloc(64), note(18)]))).toBe(false);
  });
});
