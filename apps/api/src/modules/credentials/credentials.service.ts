import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { utils } from 'ssh2';
import type { Principal } from '../../common/auth/principal';
import { SECRET_BOX, SecretBox } from '../../infra/secret-box';
import { AuditService } from '../audit/audit.service';
import { addressInBinding, describeBinding, parseBindingEntry } from './address-binding';
import type { CredentialCreateDto, CredentialDto, CredentialListDto, CredentialSecret, CredentialUpdateDto } from './credential.dto';
import { CredentialsError, CredentialsErrorCode } from './credentials.errors';
import { CredentialsRepository } from './credentials.repository';
import { SshCredentialEntity } from './ssh-credential.entity';

const aad = (name: string, part: string) => `ssh-credential:${name}:${part}`;

/** The canonical, de-duplicated binding (the DTO has already refused entries that do not parse). */
function canonicalBinding(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const r = parseBindingEntry(e);
    if (r.ok && !out.includes(r.value)) out.push(r.value);
  }
  return out;
}

/** Where a secret is about to be sent: the address the SSH transport will connect to, and for which director. */
export interface CredentialDestination {
  address: string;
  /** For the error: `cluster/director` or the director's name. */
  director: string;
}

@Injectable()
export class CredentialsService {
  constructor(
    private readonly repo: CredentialsRepository,
    private readonly audit: AuditService,
    @Inject(SECRET_BOX) private readonly box: SecretBox,
  ) {}

  async list(): Promise<CredentialListDto> {
    const items = (await this.repo.list()).map((c) => this.map(c));
    return { items, total: items.length };
  }

  async create(p: Principal, dto: CredentialCreateDto): Promise<CredentialDto> {
    const c = new SshCredentialEntity();
    c.name = dto.name;
    c.kind = dto.kind;
    c.createdBy = p.userId;
    c.allowedAddresses = canonicalBinding(dto.allowedAddresses);
    if (dto.kind === 'private_key') {
      const parsed = utils.parseKey(dto.privateKey, dto.passphrase);
      if (
        parsed instanceof Error ||
        (Array.isArray(parsed) ? parsed.length === 0 : !parsed) ||
        !(Array.isArray(parsed) ? parsed[0] : parsed).isPrivateKey()
      ) {
        const why =
          parsed instanceof Error && /passphrase|decrypt|encrypted/i.test(parsed.message)
            ? 'passphrase is missing or wrong'
            : 'is not a private key (OpenSSH or PEM)';
        const path = /passphrase/.test(why) ? 'body.passphrase' : 'body.privateKey';
        throw new CredentialsError(CredentialsErrorCode.BadKey, `The private key cannot be read: ${why}.`, [{ path, message: why }]);
      }
      const key = Array.isArray(parsed) ? parsed[0] : parsed;
      c.publicKeyFingerprint = `SHA256:${createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '')}`;
      c.sealedSecret = this.box.seal(dto.privateKey, aad(dto.name, 'secret'));
      c.sealedPassphrase = dto.passphrase ? this.box.seal(dto.passphrase, aad(dto.name, 'passphrase')) : null;
    } else {
      c.publicKeyFingerprint = null;
      c.sealedSecret = this.box.seal(dto.password, aad(dto.name, 'secret'));
      c.sealedPassphrase = null;
    }
    return this.repo.transaction(async (m) => {
      if (await this.repo.findByName(dto.name, m)) {
        throw new CredentialsError(CredentialsErrorCode.Duplicate, `A credential named "${dto.name}" exists.`, [
          { path: 'body.name', message: 'is already taken' },
        ]);
      }
      await this.repo.save(c, m);
      await this.audit.record({ action: 'credential.create', targetType: 'credential', targetId: c.id, after: this.map(c) }, m);
      return this.map(c);
    });
  }

  async remove(id: string): Promise<void> {
    await this.repo.transaction(async (m) => {
      const c = await this.repo.findById(id, m);
      if (!c) throw new CredentialsError(CredentialsErrorCode.NotFound, `No credential with id ${id}.`);
      await this.repo.remove(id, m);
      await this.audit.record({ action: 'credential.delete', targetType: 'credential', targetId: id, before: this.map(c) }, m);
    });
  }

  /** Changes where a credential may be sent; audited with the old and the new binding. */
  async update(id: string, dto: CredentialUpdateDto): Promise<CredentialDto> {
    return this.repo.transaction(async (m) => {
      const c = await this.repo.findById(id, m);
      if (!c) throw new CredentialsError(CredentialsErrorCode.NotFound, `No credential with id ${id}.`);
      const before = this.map(c);
      c.allowedAddresses = canonicalBinding(dto.allowedAddresses);
      await this.repo.save(c, m);
      const after = this.map(c);
      await this.audit.record(
        {
          action: 'credential.update',
          targetType: 'credential',
          targetId: id,
          before: { allowedAddresses: before.allowedAddresses },
          after: { allowedAddresses: after.allowedAddresses },
        },
        m,
      );
      return after;
    });
  }

  /** Refuses (422, naming the director, the credential and its binding) a destination outside the credential's binding. */
  async assertBound(name: string, to: CredentialDestination): Promise<void> {
    await this.bound(name, to);
  }

  private async bound(name: string, to: CredentialDestination): Promise<SshCredentialEntity> {
    const c = await this.repo.findByName(name);
    if (!c) throw new CredentialsError(CredentialsErrorCode.NotFound, `No SSH credential named "${name}".`);
    if (!addressInBinding(to.address, c.allowedAddresses)) {
      throw new CredentialsError(
        CredentialsErrorCode.NotBound,
        `Director ${to.director}: the credential "${name}" may not be sent to ${to.address}; it is bound to ${describeBinding(c.allowedAddresses)}. Nothing was sent and no connection was opened (an admin can change the binding: PATCH /api/v1/credentials/${c.id}).`,
        [],
        { director: to.director, credential: name, address: to.address, allowedAddresses: c.allowedAddresses },
      );
    }
    return c;
  }

  /**
   * The decrypted secret for the SSH transport, only for a destination inside the credential's
   * binding: checked here, before anything is decrypted or any TCP connection is opened, so a
   * director pointed at some other host never receives it. Never leaves the process, never logged.
   */
  async secretFor(name: string, to: CredentialDestination): Promise<CredentialSecret> {
    const c = await this.bound(name, to);
    try {
      const secret = this.box.open(c.sealedSecret, aad(c.name, 'secret'));
      if (c.kind === 'password') return { password: secret };
      return {
        privateKey: secret,
        passphrase: c.sealedPassphrase ? this.box.open(c.sealedPassphrase, aad(c.name, 'passphrase')) : undefined,
      };
    } catch {
      throw new CredentialsError(
        CredentialsErrorCode.Undecryptable,
        `The credential "${name}" cannot be decrypted with this master key (was LVS_MASTER_KEY changed?).`,
      );
    }
  }

  private map(c: SshCredentialEntity): CredentialDto {
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      publicKeyFingerprint: c.publicKeyFingerprint,
      allowedAddresses: [...(c.allowedAddresses ?? [])],
      createdAt: (c.createdAt ?? new Date()).toISOString(),
    };
  }
}
