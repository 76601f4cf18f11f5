export * from './lib/people';
export * from './lib/limits';
export * from './lib/email';
export * from './lib/readability';
export * from './lib/conversation';
