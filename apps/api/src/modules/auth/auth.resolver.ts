import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { Person } from '../people/person.entity';
import { SessionRequest } from './auth-request.util';
import { AuthService } from './services/auth.service';
import { ChangePasswordArgs } from './dto/change-password.args';
import { LoginArgs } from './dto/login.args';

interface HttpContext {
  req: SessionRequest;
  res?: Response;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => Person, { description: 'Signs in and sets the HttpOnly session cookie `commons_session`.' })
  login(@Args() args: LoginArgs, @Context() ctx: HttpContext): Promise<Person> {
    return this.auth.login(args.email, args.password, ctx.req, ctx.res ?? ctx.req.res);
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  logout(@Context() ctx: HttpContext): Promise<boolean> {
    return this.auth.logout(ctx.req, ctx.res ?? ctx.req.res);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of mine, this one included.' })
  logoutEverywhere(@CurrentPerson() me: Person, @Context() ctx: HttpContext): Promise<boolean> {
    return this.auth.logoutEverywhere(me, ctx.res ?? ctx.req.res);
  }

  @Mutation(() => Boolean, { description: 'Changes my password and ends my other sessions.' })
  changePassword(
    @CurrentPerson() me: Person,
    @Args() args: ChangePasswordArgs,
    @Context() ctx: HttpContext,
  ): Promise<boolean> {
    return this.auth.changePassword(me, ctx.req.sessionId, args.currentPassword, args.newPassword, ctx.req);
  }
}
