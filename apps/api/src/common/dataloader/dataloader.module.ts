import { Global, Module } from '@nestjs/common';
import { RequestLoaders } from './request-loaders';

/** One RequestLoaders for the whole application, so every domain's loaders share the registry. */
@Global()
@Module({ providers: [RequestLoaders], exports: [RequestLoaders] })
export class DataLoaderModule {}
