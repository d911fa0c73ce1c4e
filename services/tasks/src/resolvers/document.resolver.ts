import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PersonRef, personRef } from '@dx/subgraph-kit';
import type { RequestContext } from '@dx/subgraph-kit';
import { AddCommitteeDocumentInput, IssueCommitteeDocumentInput } from '../schema/committee.inputs';
import { CommitteeDocument, DocumentComment } from '../schema/committee.types';
import {
  addCommitteeDocument,
  commentOnDocument,
  issueCommitteeDocument,
} from '../store/committee-documents';
import { commentsLoader } from '../store/loaders';

@Resolver(() => CommitteeDocument)
export class CommitteeDocumentResolver {
  @Authorized('SECRETARIAT')
  @Mutation(() => CommitteeDocument, {
    description: 'Registers a document: a DRAFT (the default) goes to the members for comment.',
  })
  addCommitteeDocument(
    @Arg('input', () => AddCommitteeDocumentInput) input: AddCommitteeDocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return addCommitteeDocument(ctx, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => CommitteeDocument, {
    description: 'DRAFT → ISSUED; CONFLICT if the document changed since `version`.',
  })
  issueCommitteeDocument(
    @Arg('input', () => IssueCommitteeDocumentInput) input: IssueCommitteeDocumentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return issueCommitteeDocument(ctx, input);
  }

  @Authorized('SECRETARIAT', 'COMMITTEE_MEMBER')
  @Mutation(() => DocumentComment, {
    description: "A committee member's comment on a draft, kept with the document.",
  })
  commentOnDocument(
    @Arg('documentId', () => ID) documentId: string,
    @Arg('body') body: string,
    @Ctx() ctx: RequestContext,
  ) {
    return commentOnDocument(ctx, documentId, body);
  }

  @FieldResolver(() => [DocumentComment], { description: 'Comments by members, oldest first.' })
  async comments(@Root() document: CommitteeDocument, @Ctx() ctx: RequestContext) {
    return (await commentsLoader(ctx).load(document.id)) ?? [];
  }
}

@Resolver(() => DocumentComment)
export class DocumentCommentResolver {
  @FieldResolver(() => PersonRef, { nullable: true })
  by(@Root() comment: DocumentComment) {
    return personRef(comment.byPersonId);
  }
}
