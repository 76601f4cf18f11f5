import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AcknowledgementLoaderFactory } from './acknowledgement.loader';
import { AcknowledgementsCsvController } from './acknowledgements-csv.controller';
import { MustReadResolver } from './must-read.resolver';
import { MustReadService } from './must-read.service';

/** Must-reads: acknowledgements (versioned), the viewer's open ones, the editors' report and CSV. */
@Module({
  imports: [ArticlesModule],
  controllers: [AcknowledgementsCsvController],
  providers: [MustReadService, MustReadResolver, AcknowledgementLoaderFactory],
})
export class MustReadModule {}
