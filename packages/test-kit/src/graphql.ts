export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** One real HTTP request, as a browser or script would send it. */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLErrorBody[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The codes of a result's errors, for `expect(codes(r)).toEqual(['CONFLICT'])`. */
export function codes(result: GraphQLResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The data of a result that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`Expected success, got ${result.status}: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
