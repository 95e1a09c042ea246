import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each director can run, as last recorded (on first contact, every deployment, and a refresh):
 * `keepalived -v` with its build options, IPVS and the kernel's schedulers, ipvsadm's version, the
 * kernel release and the interfaces' addresses — one JSON document per director, with the error
 * when the last attempt could not read it.
 */
export class DirectorCapabilities1764000000720 implements MigrationInterface {
  name = 'DirectorCapabilities1764000000720';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE director_capabilities (
      cluster_id uuid NOT NULL,
      director varchar(64) NOT NULL,
      capabilities jsonb,
      error text,
      source varchar(16) NOT NULL,
      gathered_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_director_capabilities PRIMARY KEY (cluster_id, director),
      CONSTRAINT ck_director_capabilities_source CHECK (source IN ('first-contact', 'deployment', 'refresh')),
      CONSTRAINT fk_director_capabilities_cluster FOREIGN KEY (cluster_id) REFERENCES clusters(id) ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE director_capabilities`);
  }
}
