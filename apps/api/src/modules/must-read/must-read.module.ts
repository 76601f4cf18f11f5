import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { AcknowledgementLoader } from './acknowledgement.loader';
import { AcknowledgementsCsvController } from './acknowledgements-csv.controller';
import { MustReadRepository } from './must-read.repository';
import { MustReadResolver } from './must-read.resolver';
import { MustReadService } from './must-read.service';

/** Must-reads: acknowledgements (versioned), the viewer's open ones, the editors' report and CSV. */
@Module({
  imports: [ArticlesModule],
  controllers: [AcknowledgementsCsvController],
  providers: [MustReadService, MustReadRepository, MustReadResolver, AcknowledgementLoader],
})
export class MustReadModule {}
