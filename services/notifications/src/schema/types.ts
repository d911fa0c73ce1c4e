import { ArrayMaxSize, IsIn, IsOptional, Min } from 'class-validator';
import { ConnectionType, DateTimeScalar, graphqlEnum } from '@dx/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LANGUAGES, NOTIFICATION_KINDS, type NotificationKindName } from '../domain/kinds';

export const NotificationKind = graphqlEnum(NOTIFICATION_KINDS, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
});

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKindName;

  @Field({ description: "In the reader's language (their notification preference, Vietnamese by default)." })
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'Where in the suite it leads, e.g. /tasks/list/12.' })
  link: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationType, 'NotificationConnection');

@ObjectType()
export class NotificationPreferences {
  @Field({ description: 'vi, en or ar: the language of notifications and emails.' })
  language: string;

  @Field({ description: 'Show notifications in the bell.' })
  inApp: boolean;

  @Field({ description: 'Send them by email (to the address in the directory).' })
  email: boolean;

  @Field({ description: 'Gather emails into one morning digest instead of one message each.' })
  dailyDigest: boolean;

  @Field(() => [NotificationKind], { description: 'Kinds the account does not want at all.' })
  mutedKinds: NotificationKindName[];

  @Field(() => String, { nullable: true, description: 'The address emails go to, as the directory has it.' })
  emailAddress: string | null;

  @Field(() => Int)
  version: number;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES as unknown as string[], { message: 'Choose Vietnamese (vi), English (en) or Arabic (ar).' })
  language?: string;

  @Field(() => Boolean, { nullable: true })
  inApp?: boolean;

  @Field(() => Boolean, { nullable: true })
  email?: boolean;

  @Field(() => Boolean, { nullable: true })
  dailyDigest?: boolean;

  @Field(() => [NotificationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  mutedKinds?: NotificationKindName[];
}
