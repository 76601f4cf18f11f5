import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import type { Person } from '../people/person.entity';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { attachmentDisposition, CSV_BOM, csvLine } from './csv.util';
import { MustReadService } from './must-read.service';

/** Column titles, in the reader's spreadsheet; English and Swedish, as the team reads both. */
const HEADER = [
  'Name / Namn',
  'E-mail / E-post',
  'Org unit / Enhet',
  'Acknowledged at / Kvitterad',
  'Version',
];

/**
 * `GET /api/articles/:id/acknowledgements.csv` — editors (session cookie), one row per active
 * audience member. A GET changes nothing, so it needs no CSRF token.
 */
@Controller('api/articles')
@UseFilters(AppErrorHttpFilter)
export class AcknowledgementsCsvController {
  constructor(private readonly mustReads: MustReadService) {}

  @Get(':id/acknowledgements.csv')
  async csv(@CurrentPerson() me: Person, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { article, rows } = await this.mustReads.acknowledgementRows(me, id);
    let body = CSV_BOM + csvLine(HEADER);
    for (const row of rows)
      body += csvLine([row.displayName, row.email, row.orgUnitName, row.acknowledgedAt, row.version]);
    res
      .status(200)
      .setHeader('Content-Type', 'text/csv; charset=utf-8')
      .setHeader(
        'Content-Disposition',
        attachmentDisposition(`acknowledgements-${article.id}-v${article.ackVersion}.csv`),
      )
      .setHeader('Cache-Control', 'private, no-store')
      .send(body);
  }
}
