import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/pg-error.util';
import { optionalText } from '../../common/transforms/trim.transform';
import { AuditService } from '../audit/audit.service';
import { Person } from '../people/person.entity';
import { CreateLocationInput } from './dto/create-location.input';
import { UpdateLocationInput } from './dto/update-location.input';
import { Location } from './location.entity';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationRepository } from './organisation.repository';

const nameTaken = () =>
  new AppError(ErrorCode.CONFLICT, 'A location already has this name.', { field: 'name', reason: 'TAKEN' });

@Injectable()
export class LocationsService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  list(viewer: Person, includeInactive: boolean): Promise<Location[]> {
    return this.repository.locations(includeInactive && OrganisationPolicy.for(viewer).canSeeInactive());
  }

  async create(actor: Person, input: CreateLocationInput): Promise<Location> {
    OrganisationPolicy.for(actor).assertCanManage();
    const name = input.name.trim();
    if (!name) throw badInput('name', 'REQUIRED', 'A name is required.');
    const address = optionalText(input.address) ?? null;
    return this.repository.transaction(async (manager) => {
      const location = await this.orConflict(() =>
        this.repository.createLocation(manager, { name, address }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'location.create',
        targetType: 'location',
        targetId: location.id,
        details: { name, address },
      });
      return location;
    });
  }

  async update(actor: Person, id: string, input: UpdateLocationInput): Promise<Location> {
    OrganisationPolicy.for(actor).assertCanManage();
    return this.repository.transaction(async (manager) => {
      const location = await this.locked(manager, id);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (input.name !== undefined && input.name !== null) {
        const name = input.name.trim();
        if (!name) throw badInput('name', 'REQUIRED', 'A name is required.');
        if (name !== location.name) changes['name'] = { from: location.name, to: (location.name = name) };
      }
      const address = optionalText(input.address);
      if (address !== undefined && address !== location.address) {
        changes['address'] = { from: location.address, to: (location.address = address) };
      }
      if (Object.keys(changes).length === 0) return location;
      const saved = await this.orConflict(() => this.repository.saveLocation(manager, location));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'location.update',
        targetType: 'location',
        targetId: id,
        details: changes,
      });
      return saved;
    });
  }

  /** People keep a deactivated location (the office closed; their history stays), but no one new gets it. */
  async deactivate(actor: Person, id: string): Promise<Location> {
    OrganisationPolicy.for(actor).assertCanManage();
    return this.repository.transaction(async (manager) => {
      const location = await this.locked(manager, id);
      if (location.deactivatedAt) return location;
      location.deactivatedAt = new Date();
      const saved = await this.repository.saveLocation(manager, location);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'location.deactivate',
        targetType: 'location',
        targetId: id,
        details: {},
      });
      return saved;
    });
  }

  /** An active location for a reference in input; BAD_USER_INPUT UNKNOWN_LOCATION otherwise. */
  async activeLocation(manager: EntityManager, id: string, field: string): Promise<Location> {
    const location = isUUID(id) ? await this.repository.location(manager, id) : null;
    if (!location || location.deactivatedAt) throw badInput(field, 'UNKNOWN_LOCATION', 'No such location.');
    return location;
  }

  private async locked(manager: EntityManager, id: string): Promise<Location> {
    const location = isUUID(id) ? await this.repository.lockedLocation(manager, id) : null;
    if (!location) throw notFound('Location');
    return location;
  }

  private async orConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'location_name_uq')) throw nameTaken();
      throw error;
    }
  }
}
