import { badInput, queryGateway, type RequestContext } from '@dx/subgraph-kit';

const SUPPORT_POINT = 'query ($id: ID!) { supportPoint(id: $id) { id } }';

/**
 * The id of a campaign's support point the caller may see, asked of the campaigns subgraph through
 * the gateway; an unknown one (or one of a campaign the caller cannot see) is refused on its field.
 */
export async function requireSupportPoint(ctx: RequestContext, id: string): Promise<number> {
  const data = await queryGateway<{ supportPoint: { id: string } | null }>(ctx, SUPPORT_POINT, { id });
  if (!data.supportPoint) {
    throw badInput(
      `The support point ${id} does not exist or belongs to a campaign you cannot see.`,
      'supportPointId',
      'errors.supportPointUnknown',
      { id },
    );
  }
  return Number(data.supportPoint.id);
}
