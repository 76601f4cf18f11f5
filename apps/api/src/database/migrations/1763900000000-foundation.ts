import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation, people, credentials, sessions, sign-in throttling and the audit log. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES org_unit(id),
        kind text NOT NULL CHECK (kind IN ('AGENCY', 'DEPARTMENT', 'UNIT')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);
    // Siblings have distinct names, so a path of names identifies a unit.
    await q.query(`
      CREATE UNIQUE INDEX org_unit_sibling_name_uq
        ON org_unit (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`);

    await q.query(`
      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        address text CHECK (char_length(address) <= 300),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX location_name_uq ON location (lower(name))`);

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 120),
        title text CHECK (char_length(title) <= 120),
        phone text CHECK (char_length(phone) <= 40),
        org_unit_id uuid NOT NULL REFERENCES org_unit(id),
        location_id uuid REFERENCES location(id),
        role text NOT NULL DEFAULT 'EMPLOYEE' CHECK (role IN ('EMPLOYEE', 'EDITOR', 'ADMIN')),
        language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX person_email_uq ON person (email)`);
    await q.query(`CREATE INDEX person_org_unit_idx ON person (org_unit_id)`);
    await q.query(`CREATE INDEX person_location_idx ON person (location_id)`);
    // The directory pages by (display_name, id) and searches names and titles by trigram.
    await q.query(`CREATE INDEX person_directory_idx ON person (display_name, id)`);
    await q.query(
      `CREATE INDEX person_display_name_trgm_idx ON person USING gin (display_name gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX person_email_trgm_idx ON person USING gin (email gin_trgm_ops)`);

    // Credentials and sessions are kept apart from the profile.
    await q.query(`
      CREATE TABLE credential (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE UNIQUE INDEX session_token_hash_uq ON session (token_hash)`);
    await q.query(`CREATE INDEX session_person_idx ON session (person_id)`);

    await q.query(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, at)`);
    await q.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, at)`);

    await q.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES person(id),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        reason text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id, at)`);
    await q.query(`CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, at)`);
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    await q.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_append_only
        BEFORE UPDATE OR DELETE ON audit_entry
        FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_append_only()`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE credential`);
    await q.query(`DROP TABLE person`);
    await q.query(`DROP TABLE location`);
    await q.query(`DROP TABLE org_unit`);
  }
}
