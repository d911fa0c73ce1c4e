import {
  Arg,
  Authorized,
  Args,
  Ctx,
  Directive,
  Field,
  ID,
  ObjectType,
  Query,
  Resolver,
  type ClassType,
} from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import type { RequestContext } from './context';
import { ConnectionType, PageArgs, paginate } from './graphql/connection';
import { DateTimeScalar } from './graphql/scalars';

/** Append-only: rows are inserted in the same transaction as the change they describe, never updated. */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
export class AuditRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn()
  at: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  actorUsername: string | null;

  @Column({ length: 80 })
  action: string;

  @Column({ length: 80 })
  entityType: string;

  @Column({ length: 64 })
  entityId: string;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;
}

/** A record's fields as the audit log keeps them (JSON): an object, never a bare value or a JSON string. */
export type AuditSnapshot = object;

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | number;
  /** Absent or null: there was no record before (a creation). */
  before?: AuditSnapshot | null;
  /** Absent or null: there is no record after (a deletion). */
  after?: AuditSnapshot | null;
}

export async function writeAudit(
  manager: EntityManager,
  ctx: RequestContext,
  change: AuditChange,
): Promise<void> {
  await manager.insert(AuditRecord, {
    actorAccountId: ctx.identity?.accountId ?? null,
    actorUsername: ctx.identity?.username ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: String(change.entityId),
    before: change.before == null ? null : JSON.stringify(change.before),
    after: change.after == null ? null : JSON.stringify(change.after),
  });
}

@Directive('@shareable')
@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { nullable: true })
  actorUsername: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field()
  entityId: string;

  @Field(() => String, { nullable: true, description: 'JSON of the record before the change' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record after the change' })
  after: string | null;
}

/**
 * Each service owns its audit table and exposes it as `<service>AuditLog`, so the supergraph has
 * one query per service and no shared root field.
 */
export function auditResolver(service: string): ClassType {
  const connectionName = `${service[0].toUpperCase()}${service.slice(1)}AuditConnection`;
  const AuditConnection = ConnectionType(AuditEntry, connectionName);

  @Resolver()
  class AuditLogResolver {
    @Authorized('ADMIN')
    @Query(() => AuditConnection, {
      name: `${service}AuditLog`,
      description: `Changes recorded by the ${service} service, newest first (administrators).`,
    })
    async auditLog(
      @Args() page: PageArgs,
      @Ctx() ctx: RequestContext,
      @Arg('entityType', () => String, { nullable: true }) entityType?: string,
      @Arg('entityId', () => ID, { nullable: true }) entityId?: string,
    ) {
      const query = ctx.dataSource.getRepository(AuditRecord).createQueryBuilder('a');
      if (entityType) query.andWhere('a.entityType = :entityType', { entityType });
      if (entityId) query.andWhere('a.entityId = :entityId', { entityId });
      const connection = await paginate(query, page, [{ column: 'a.id', property: 'id', direction: 'DESC' }]);
      return { ...connection, nodes: connection.nodes.map((n) => ({ ...n, id: String(n.id) })) };
    }
  }
  return AuditLogResolver;
}
