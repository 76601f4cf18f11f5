/** @deprecated Moved to services/password.service.ts; kept while database/seed imports it from here. */
export { PasswordService } from './services/password.service';
