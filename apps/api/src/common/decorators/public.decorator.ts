import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'commons:isPublic';

/** Marks a handler as reachable without a session. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
