import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PlainLanguageReport } from '@commons/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when, with the plain-language report of the text as it then was. */
@ObjectType({ description: 'One saved change of an article.' })
@Entity({ name: 'article_revision' })
export class ArticleRevision {
  /** bigint: node-postgres returns it as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  revision!: number;

  @Column({ name: 'editor_id', type: 'uuid' })
  editorId!: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Field(() => [String], { description: 'Input field names, e.g. title, bodyHtml, audience.' })
  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields!: string[];

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'jsonb', nullable: true })
  readability!: PlainLanguageReport | null;
}
