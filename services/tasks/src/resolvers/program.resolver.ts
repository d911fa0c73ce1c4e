import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { identityOf, isWithinScope, type RequestContext, today } from '@dx/subgraph-kit';
import { programRollup } from '../domain/program-rollup';
import { CreateWorkProgramInput } from '../schema/committee.inputs';
import { Committee, CommitteeDocument, ProgramRollup, WorkProgram } from '../schema/committee.types';
import { Task } from '../schema/task.types';
import { createWorkProgram } from '../store/committee-documents';
import { committeeLoader, documentLoader, programTasksLoader } from '../store/loaders';

@Resolver(() => WorkProgram)
export class WorkProgramResolver {
  @Authorized('SECRETARIAT')
  @Mutation(() => WorkProgram, {
    description: 'A year’s program, issued by an issued WORK_PROGRAM document of the committee.',
  })
  createWorkProgram(
    @Arg('input', () => CreateWorkProgramInput) input: CreateWorkProgramInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createWorkProgram(ctx, input);
  }

  @FieldResolver(() => Committee, { nullable: true })
  committee(@Root() program: WorkProgram, @Ctx() ctx: RequestContext) {
    return committeeLoader(ctx).load(program.committeeId);
  }

  @FieldResolver(() => CommitteeDocument, {
    nullable: true,
    description: 'The document that issued the program.',
  })
  document(@Root() program: WorkProgram, @Ctx() ctx: RequestContext) {
    return program.documentId ? documentLoader(ctx).load(program.documentId) : null;
  }

  @FieldResolver(() => [Task], {
    description:
      'The program’s items: its top-level tasks within your scope, by due date (cancelled ones included).',
  })
  async tasks(@Root() program: WorkProgram, @Ctx() ctx: RequestContext) {
    const identity = identityOf(ctx);
    return ((await programTasksLoader(ctx).load(program.id)) ?? []).filter((t) =>
      isWithinScope(identity, t.unitPath),
    );
  }

  @FieldResolver(() => ProgramRollup, { description: 'Progress rolled up from the program’s tasks.' })
  async rollup(@Root() program: WorkProgram, @Ctx() ctx: RequestContext) {
    return programRollup(await this.tasks(program, ctx), today());
  }
}
