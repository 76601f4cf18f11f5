import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A local account's password, as an argon2id hash. */
@Entity({ name: 'credential' })
export class Credential {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
