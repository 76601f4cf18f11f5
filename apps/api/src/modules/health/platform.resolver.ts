import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/decorators/public.decorator';

/**
 * TEMPORARY: GraphQL needs at least one query to build a schema. Removed as soon as the domain
 * modules (people, auth) are wired into AppModule.
 */
@Resolver()
export class PlatformResolver {
  @Public()
  @Query(() => Boolean, { description: 'Always true; placeholder until the domain queries exist.' })
  ping(): boolean {
    return true;
  }
}
