import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Person } from '../people/person.entity';
import { CreateLocationInput } from './dto/create-location.input';
import { UpdateLocationInput } from './dto/update-location.input';
import { Location } from './location.entity';
import { LocationsService } from './locations.service';

@Resolver(() => Location)
export class LocationResolver {
  constructor(private readonly locationsService: LocationsService) {}

  @Query(() => [Location])
  locations(
    @CurrentPerson() viewer: Person,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<Location[]> {
    return this.locationsService.list(viewer, includeInactive);
  }

  @Mutation(() => Location)
  createLocation(
    @CurrentPerson() actor: Person,
    @Args('input') input: CreateLocationInput,
  ): Promise<Location> {
    return this.locationsService.create(actor, input);
  }

  @Mutation(() => Location)
  updateLocation(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLocationInput,
  ): Promise<Location> {
    return this.locationsService.update(actor, id, input);
  }

  @Mutation(() => Location)
  deactivateLocation(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Location> {
    return this.locationsService.deactivate(actor, id);
  }

  @ResolveField(() => Boolean)
  active(@Parent() location: Location): boolean {
    return location.deactivatedAt === null;
  }
}
