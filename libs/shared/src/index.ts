export * from './lib/people';
export * from './lib/limits';
export * from './lib/email';
export * from './lib/readability';
export * from './lib/spaces';
export * from './lib/conversation';
