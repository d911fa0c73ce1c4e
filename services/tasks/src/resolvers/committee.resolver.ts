import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  identityOf,
  paginate,
  type RequestContext,
  PersonRef,
  UnitRef,
  personRef,
  unitRef,
} from '@dx/subgraph-kit';
import { CommitteeRecord } from '../entities/committee.entity';
import { CreateCommitteeInput } from '../schema/committee.inputs';
import {
  Committee,
  CommitteeConnection,
  CommitteeDocument,
  CommitteeMember,
  WorkProgram,
} from '../schema/committee.types';
import { Meeting } from '../schema/meeting.types';
import {
  committeeLoader,
  documentLoader,
  loadDocuments,
  meetingsLoader,
  membersLoader,
  workProgramsLoader,
} from '../store/loaders';
import { canSeeCommittee, visibleCommittees } from '../store/committee-visibility';
import { toCommittee } from '../store/mappers';
import * as writes from '../store/committee-writes';

@Resolver(() => Committee)
export class CommitteeResolver {
  @Authorized()
  @Query(() => CommitteeConnection, {
    description: "Committees of the caller's units and of the units above them.",
  })
  async committees(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    const query = visibleCommittees(
      ctx.dataSource.getRepository(CommitteeRecord).createQueryBuilder('c'),
      identityOf(ctx),
    );
    const connection = await paginate(query, page, [{ column: 'c.id', property: 'id', direction: 'ASC' }]);
    return { ...connection, nodes: connection.nodes.map(toCommittee) };
  }

  @Authorized()
  @Query(() => Committee, { nullable: true })
  async committee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const committee = await committeeLoader(ctx).load(id);
    return committee && canSeeCommittee(identityOf(ctx), committee.unitPath) ? committee : null;
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() committee: Committee) {
    return unitRef(committee.unitId);
  }

  @FieldResolver(() => [CommitteeMember], {
    description: 'Chair first, then vice-chairs, standing members, members, secretary.',
  })
  async members(@Root() committee: Committee, @Ctx() ctx: RequestContext) {
    return (await membersLoader(ctx).load(committee.id)) ?? [];
  }

  @FieldResolver(() => [CommitteeDocument], {
    description: 'Regulations, working rules, programs, notices and decisions, oldest first.',
  })
  documents(@Root() committee: Committee, @Ctx() ctx: RequestContext) {
    return loadDocuments(ctx, committee.id);
  }

  @FieldResolver(() => [WorkProgram], { description: 'Newest year first.' })
  async workPrograms(@Root() committee: Committee, @Ctx() ctx: RequestContext) {
    return (await workProgramsLoader(ctx).load(committee.id)) ?? [];
  }

  @FieldResolver(() => [Meeting], { description: 'Newest first.' })
  async meetings(@Root() committee: Committee, @Ctx() ctx: RequestContext) {
    return (await meetingsLoader(ctx).load(committee.id)) ?? [];
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Committee)
  createCommittee(
    @Arg('input', () => CreateCommitteeInput) input: CreateCommitteeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return writes.createCommittee(ctx, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Committee, {
    description:
      'role: CHAIR, VICE_CHAIR, STANDING_MEMBER, MEMBER, SECRETARY or SUPPORT_TEAM (Vietnamese titles are understood).',
  })
  addCommitteeMember(
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('role') role: string,
    @Ctx() ctx: RequestContext,
    @Arg('responsibilities', () => String, { nullable: true }) responsibilities?: string | null,
    @Arg('appointedByDocumentId', () => ID, {
      nullable: true,
      description: 'The decision that appointed the member; required for SUPPORT_TEAM.',
    })
    appointedByDocumentId?: string | null,
  ) {
    return writes.addCommitteeMember(
      ctx,
      committeeId,
      personId,
      role,
      responsibilities,
      appointedByDocumentId,
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Committee, {
    description:
      "Changes a member's role, responsibilities or appointing decision; CONFLICT if the member changed since `version`.",
  })
  updateCommitteeMember(
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
    @Arg('role', () => String, { nullable: true }) role?: string | null,
    @Arg('responsibilities', () => String, { nullable: true }) responsibilities?: string | null,
    @Arg('appointedByDocumentId', () => ID, { nullable: true }) appointedByDocumentId?: string | null,
  ) {
    return writes.updateCommitteeMember(ctx, committeeId, personId, version, {
      role,
      responsibilities,
      appointedByDocumentId,
    });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Committee)
  removeCommitteeMember(
    @Arg('committeeId', () => ID) committeeId: string,
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return writes.removeCommitteeMember(ctx, committeeId, personId);
  }
}

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  person(@Root() member: CommitteeMember) {
    return personRef(member.personId);
  }

  @FieldResolver(() => CommitteeDocument, {
    nullable: true,
    description: 'The decision that appointed the member.',
  })
  appointedBy(@Root() member: CommitteeMember, @Ctx() ctx: RequestContext) {
    return member.appointedByDocumentId ? documentLoader(ctx).load(member.appointedByDocumentId) : null;
  }
}
