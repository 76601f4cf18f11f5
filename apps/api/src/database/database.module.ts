import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

export interface DatabaseModuleOptions {
  /** The resolved postgres:// URL (DATABASE_URL, or the embedded cluster's). */
  url: string;
  /** Build the DataSource without connecting: used to print the schema with no database. */
  connect: boolean;
}

/** The TypeORM DataSource of the running API. Inject `DataSource` or repositories as usual. */
@Module({})
export class DatabaseModule {
  static register(options: DatabaseModuleOptions): DynamicModule {
    const poolLogger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, options.url, {
              error: (obj, msg) => poolLogger.error(obj, msg),
            }),
            manualInitialization: !options.connect,
            // Start-up fails fast with a clear message rather than retrying for half a minute.
            retryAttempts: 2,
            retryDelay: 1000,
          }),
        }),
      ],
    };
  }
}
