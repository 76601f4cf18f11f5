import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './services/auth.service';
import { AuthSettings } from './auth.settings';
import { CredentialRepository } from './credential.repository';
import { LoginThrottleService } from './services/login-throttle.service';
import { PasswordService } from './services/password.service';
import { SessionGuard } from './session.guard';
import { SessionCleanup } from './services/session-cleanup.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './services/session.service';

/** Local accounts, sessions, and the global guard that requires a session everywhere but `@Public()`. */
@Module({
  providers: [
    AuthSettings,
    SessionRepository,
    CredentialRepository,
    PasswordService,
    SessionService,
    SessionCleanup,
    LoginThrottleService,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, PasswordService, SessionService],
})
export class AuthModule {}
