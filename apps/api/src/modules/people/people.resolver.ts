import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Location } from '../organisation/location.entity';
import { OrgUnit } from '../organisation/org-unit.entity';
import { OrganisationLoader } from '../organisation/organisation.loader';
import { CreatePersonInput } from './dto/create-person.input';
import { PeopleArgs } from './dto/people.args';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { UpdatePersonInput } from './dto/update-person.input';
import { PeopleService } from './people.service';
import { PersonConnection } from './person-connection.model';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly organisation: OrganisationLoader,
  ) {}

  @Query(() => Person, { description: 'The signed-in person.' })
  me(@CurrentPerson() me: Person): Person {
    return me;
  }

  @Query(() => Person, {
    description: 'NOT_FOUND when unknown; deactivated people are visible to admins only.',
  })
  person(@CurrentPerson() viewer: Person, @Args('id', { type: () => ID }) id: string): Promise<Person> {
    return this.peopleService.get(viewer, id);
  }

  @Query(() => PersonConnection)
  people(@CurrentPerson() viewer: Person, @Args() args: PeopleArgs): Promise<PersonConnection> {
    return this.peopleService.list(viewer, args);
  }

  @Mutation(() => Person)
  updateMyPreferences(
    @CurrentPerson() me: Person,
    @Args('input') input: UpdateMyPreferencesInput,
  ): Promise<Person> {
    return this.peopleService.updateMyPreferences(me, input);
  }

  @Mutation(() => Person)
  createPerson(@CurrentPerson() actor: Person, @Args('input') input: CreatePersonInput): Promise<Person> {
    return this.peopleService.create(actor, input);
  }

  @Mutation(() => Person, { description: 'All fields optional; orgUnitId moves the person.' })
  updatePerson(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
  ): Promise<Person> {
    return this.peopleService.update(actor, id, input);
  }

  @Mutation(() => Person, { description: 'Ends their sessions at once.' })
  deactivatePerson(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Person> {
    return this.peopleService.deactivate(actor, id);
  }

  @Mutation(() => Person)
  reactivatePerson(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Person> {
    return this.peopleService.reactivate(actor, id);
  }

  @ResolveField(() => Boolean)
  active(@Parent() person: Person): boolean {
    return person.deactivatedAt === null;
  }

  @ResolveField(() => OrgUnit)
  async orgUnit(@Parent() person: Person, @Context('req') req: object): Promise<OrgUnit> {
    const path = await this.organisation.path(req).load(person.orgUnitId);
    return path[path.length - 1];
  }

  @ResolveField(() => [OrgUnit], { description: "From the agency down to the person's own unit." })
  orgUnitPath(@Parent() person: Person, @Context('req') req: object): Promise<OrgUnit[]> {
    return this.organisation.path(req).load(person.orgUnitId);
  }

  @ResolveField(() => Location, { nullable: true })
  async location(@Parent() person: Person, @Context('req') req: object): Promise<Location | null> {
    return person.locationId ? this.organisation.location(req).load(person.locationId) : null;
  }
}
