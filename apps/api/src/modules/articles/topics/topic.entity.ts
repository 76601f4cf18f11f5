import { Language } from '@commons/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A subject news is filed under, named in both languages. */
@ObjectType({ description: 'A subject news is filed under.' })
@Entity({ name: 'topic' })
export class Topic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Lower-case words joined by hyphens; the topic page address.' })
  @Column({ type: 'text' })
  slug!: string;

  @Field()
  @Column({ name: 'name_sv', type: 'text' })
  nameSv!: string;

  @Field()
  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A topic's name in a language (the `name` field answers in the viewer's). */
export function topicName(topic: Topic, language: Language): string {
  return language === Language.EN ? topic.nameEn : topic.nameSv;
}
