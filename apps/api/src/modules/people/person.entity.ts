import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Language, Role } from '@commons/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(Role, { name: 'Role', description: 'What a person may do beyond reading and taking part.' });
registerEnumType(Language, { name: 'Language', description: 'Interface and content languages.' });

/** A person's profile. Credentials and sessions live in their own tables (auth module). */
@ObjectType({ description: 'A person working at the organisation.' })
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored normalised (trimmed, lower case). */
  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => ID)
  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId!: string | null;

  @Field(() => Role)
  @Column({ type: 'text' })
  role!: Role;

  @Field(() => Language)
  @Column({ type: 'text' })
  language!: Language;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
