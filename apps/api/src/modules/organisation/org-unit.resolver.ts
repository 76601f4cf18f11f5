import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Person } from '../people/person.entity';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { UpdateOrgUnitInput } from './dto/update-org-unit.input';
import { OrgUnit } from './org-unit.entity';
import { OrganisationLoader } from './organisation.loader';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  constructor(
    private readonly orgUnitsService: OrgUnitsService,
    private readonly loaders: OrganisationLoader,
  ) {}

  @Query(() => [OrgUnit], {
    description: 'Every org unit, flat, in depth-first tree order; build the tree from parentId.',
  })
  orgUnits(
    @CurrentPerson() viewer: Person,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<OrgUnit[]> {
    return this.orgUnitsService.list(viewer, includeInactive);
  }

  @Query(() => OrgUnit)
  orgUnit(
    @CurrentPerson() viewer: Person,
    @Args('id', { type: () => ID }) id: string,
    @Context('req') req: object,
  ): Promise<OrgUnit> {
    return this.orgUnitsService.get(viewer, id, (unitId) => this.loaders.path(req).load(unitId));
  }

  @Mutation(() => OrgUnit)
  createOrgUnit(@CurrentPerson() actor: Person, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.orgUnitsService.create(actor, input);
  }

  @Mutation(() => OrgUnit)
  updateOrgUnit(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrgUnitInput,
  ): Promise<OrgUnit> {
    return this.orgUnitsService.update(actor, id, input);
  }

  @Mutation(() => OrgUnit, {
    description: 'Re-parents a unit; BAD_USER_INPUT reason CYCLE when under itself or a descendant.',
  })
  moveOrgUnit(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('parentId', { type: () => ID }) parentId: string,
  ): Promise<OrgUnit> {
    return this.orgUnitsService.move(actor, id, parentId);
  }

  @Mutation(() => OrgUnit)
  deactivateOrgUnit(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrgUnit> {
    return this.orgUnitsService.deactivate(actor, id);
  }

  @ResolveField(() => Boolean)
  active(@Parent() unit: OrgUnit): boolean {
    return unit.deactivatedAt === null;
  }

  @ResolveField(() => Int, { description: 'Depth in the tree; the agency is 0.' })
  async level(@Parent() unit: OrgUnit, @Context('req') req: object): Promise<number> {
    if (unit.level !== undefined) return unit.level;
    return Math.max(0, (await this.loaders.path(req).load(unit.id)).length - 1);
  }
}
