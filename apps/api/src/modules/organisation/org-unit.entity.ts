import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrgUnitKind } from '@commons/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(OrgUnitKind, { name: 'OrgUnitKind', description: 'Level of an org unit in the tree.' });

/** A node of the organisation tree: agency → department → unit. */
@ObjectType({ description: 'A node of the organisation tree.' })
@Entity({ name: 'org_unit' })
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Field(() => OrgUnitKind)
  @Column({ type: 'text' })
  kind!: OrgUnitKind;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Depth in the tree (the agency is 0), when the query that loaded the unit computed it. Not a column. */
  level?: number;
}
