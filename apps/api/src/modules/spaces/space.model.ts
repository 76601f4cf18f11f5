import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipStatus, SpaceRole, SpaceVisibility } from '@commons/shared';
import { Connection } from '../../common/graphql/connection.model';

registerEnumType(SpaceVisibility, {
  name: 'SpaceVisibility',
  description:
    'OPEN: anyone joins and reads; CLOSED: join by request, posts for members; SECRET: invitation only, invisible to others.',
});
registerEnumType(SpaceRole, { name: 'SpaceRole', description: 'MEMBER < MODERATOR < OWNER.' });
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'ACTIVE, or waiting: REQUESTED (by the person) or INVITED (by the space).',
});

/** A `space` row. Fields that need other tables or the viewer are resolved by SpacesResolver. */
@ObjectType('Space', { description: 'A place for a team, project or interest, with members and posts.' })
export class Space {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Plain text.' })
  name!: string;

  @Field({ description: 'Plain text (line breaks kept).' })
  description!: string;

  @Field(() => SpaceVisibility)
  visibility!: SpaceVisibility;

  coverMediaId!: string | null;
  coverAlt!: string | null;
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export interface SpaceRow {
  id: string;
  name: string;
  description: string;
  visibility: SpaceVisibility;
  cover_media_id: string | null;
  cover_alt: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export const SPACE_COLUMNS =
  'id, name, description, visibility, cover_media_id, cover_alt, created_by, created_at, updated_at';

export function toSpace(row: SpaceRow): Space {
  return Object.assign(new Space(), {
    id: row.id,
    name: row.name,
    description: row.description,
    visibility: row.visibility,
    coverMediaId: row.cover_media_id,
    coverAlt: row.cover_alt,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** One person's membership (or request, or invitation) in a space. */
@ObjectType('SpaceMember')
export class SpaceMember {
  spaceId!: string;
  personId!: string;

  @Field(() => SpaceRole)
  role!: SpaceRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  @Field(() => Date, { description: 'When the membership, request or invitation began.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  joinedAt!: Date | null;
}

export interface MemberRow {
  space_id: string;
  person_id: string;
  role: SpaceRole;
  status: MembershipStatus;
  created_at: Date;
  joined_at: Date | null;
}

export const MEMBER_COLUMNS = 'space_id, person_id, role, status, created_at, joined_at';

export function toMember(row: MemberRow): SpaceMember {
  return Object.assign(new SpaceMember(), {
    spaceId: row.space_id,
    personId: row.person_id,
    role: row.role,
    status: row.status,
    createdAt: row.created_at,
    joinedAt: row.joined_at,
  });
}

@ObjectType({ description: 'A page of spaces, by name.' })
export class SpaceConnection extends Connection(() => Space, 'Space') {}

@ObjectType({ description: 'A page of members (or requests), oldest first.' })
export class SpaceMemberConnection extends Connection(() => SpaceMember, 'SpaceMember') {
  @Field(() => Int)
  totalCount!: number;
}
