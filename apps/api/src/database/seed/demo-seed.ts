import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_LANGUAGE, Role } from '@commons/shared';
import { PasswordService } from '../../modules/auth/services/password.service';
import type { MediaStorage } from '../../modules/media/storage/media-storage';
import type { DemoPeople } from './demo-conversation';
import { DemoMedia } from './demo-media';
import { ensureDemoNews } from './demo-news';
import { ensureDemoSpaces } from './demo-spaces';
import { DEMO_LOCATIONS, DEMO_ORG, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-seed.data';

export { DEMO_ACCOUNTS, DEMO_AGENCY, DEMO_LOCATIONS, DEMO_PASSWORD, DEMO_UNITS } from './demo-seed.data';

/** Two seeds (two replicas starting together) take turns instead of racing. */
const SEED_LOCK = 0x5eed;

export interface DemoSeedOptions {
  /**
   * The app's media storage (start-up and the `seed` command pass it). With it the demo also gets its
   * showcase (demo-showcase.data.ts): pictures through the image pipeline, a captioned video, a
   * gallery, an infographic, posts with pictures, a poll with votes, a featured post, and reactions
   * and comment threads from the colleagues. Without it (API tests that seed only for the accounts
   * and the organisation), the quiet text-only demo their expectations rest on, without the cost of
   * encoding pictures.
   */
  media?: MediaStorage;
}

/**
 * The demo agency: departments and units, two locations, about forty people and the four demo
 * accounts, their news and spaces. Idempotent: everything is matched by its natural key (sibling
 * name, location name, e-mail, article title, space name) and only what is missing is added; nothing
 * that exists is changed, so an admin's edits to demo data survive. The password is hashed once per
 * run, and only when someone is added. Files the showcase wrote are removed again if the seed fails.
 */
export async function seedDemoContent(
  ds: DataSource,
  options: DemoSeedOptions = {},
): Promise<{ created: boolean }> {
  let media: DemoMedia | null = null;
  try {
    return await ds.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK]);
      media = options.media ? DemoMedia.open(manager, options.media) : null;
      const units = await ensureOrgUnits(manager);
      const locations = await ensureLocations(manager);
      const people = await ensurePeople(manager, units, locations);
      const everyone = await demoPeople(manager);
      const news = await ensureDemoNews(manager, units.ids, locations.ids, everyone, media);
      const spaces = await ensureDemoSpaces(manager, everyone, media);
      return { created: units.created + locations.created + people + news + spaces > 0 };
    });
  } catch (error) {
    await (media as DemoMedia | null)?.discard();
    throw error;
  }
}

/** The demo people as they are now (an admin may have removed or renamed some): ids and names by e-mail. */
async function demoPeople(manager: EntityManager): Promise<DemoPeople> {
  const rows: { id: string; email: string; display_name: string }[] = await manager.query(
    `SELECT id, email, display_name FROM person WHERE email = ANY($1)`,
    [DEMO_PEOPLE.map((p) => p.email)],
  );
  return {
    ids: new Map(rows.map((r) => [r.email, r.id])),
    names: new Map(rows.map((r) => [r.email, r.display_name])),
  };
}

async function ensureOrgUnits(
  manager: EntityManager,
): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  for (const unit of DEMO_ORG) {
    const parentId = unit.parent ? (ids.get(unit.parent) ?? null) : null;
    const [found] = await manager.query(
      `SELECT id FROM org_unit WHERE parent_id IS NOT DISTINCT FROM $1 AND lower(name) = lower($2)`,
      [parentId, unit.name],
    );
    if (found) {
      ids.set(unit.key, found.id);
      continue;
    }
    const [inserted] = await manager.query(
      `INSERT INTO org_unit (parent_id, kind, name) VALUES ($1, $2, $3) RETURNING id`,
      [parentId, unit.kind, unit.name],
    );
    ids.set(unit.key, inserted.id);
    created++;
  }
  return { ids, created };
}

async function ensureLocations(
  manager: EntityManager,
): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  for (const [key, location] of Object.entries(DEMO_LOCATIONS)) {
    const [found] = await manager.query(`SELECT id FROM location WHERE lower(name) = lower($1)`, [
      location.name,
    ]);
    if (found) {
      ids.set(key, found.id);
      continue;
    }
    const [inserted] = await manager.query(
      `INSERT INTO location (name, address) VALUES ($1, $2) RETURNING id`,
      [location.name, location.address],
    );
    ids.set(key, inserted.id);
    created++;
  }
  return { ids, created };
}

async function ensurePeople(
  manager: EntityManager,
  units: { ids: Map<string, string> },
  locations: { ids: Map<string, string> },
): Promise<number> {
  const existing: { email: string }[] = await manager.query(
    `SELECT email FROM person WHERE email = ANY($1)`,
    [DEMO_PEOPLE.map((p) => p.email)],
  );
  const known = new Set(existing.map((row) => row.email));
  const missing = DEMO_PEOPLE.filter((p) => !known.has(p.email));
  if (missing.length === 0) return 0;

  const rows = missing.map((p) => ({
    email: p.email,
    display_name: p.displayName,
    title: p.title,
    phone: p.phone,
    org_unit_id: units.ids.get(p.unit),
    location_id: locations.ids.get(p.location),
    role: p.role ?? Role.EMPLOYEE,
    language: p.language ?? DEFAULT_LANGUAGE,
  }));
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO person (email, display_name, title, phone, org_unit_id, location_id, role, language)
     SELECT email, display_name, title, phone, org_unit_id, location_id, role, language
       FROM jsonb_to_recordset($1::jsonb)
         AS x(email text, display_name text, title text, phone text, org_unit_id uuid, location_id uuid, role text, language text)
     ON CONFLICT (email) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  if (inserted.length > 0) {
    const hash = await new PasswordService().hash(DEMO_PASSWORD);
    await manager.query(
      `INSERT INTO credential (person_id, password_hash) SELECT unnest($1::uuid[]), $2 ON CONFLICT (person_id) DO NOTHING`,
      [inserted.map((row) => row.id), hash],
    );
  }
  return inserted.length;
}
