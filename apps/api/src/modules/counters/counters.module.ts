import { Module } from '@nestjs/common';
import { ContentCountersRepository } from './content-counters.repository';

/** Reaction and comment counts (written by database triggers), for the modules that show them. */
@Module({ providers: [ContentCountersRepository], exports: [ContentCountersRepository] })
export class CountersModule {}
