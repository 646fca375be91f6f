/**
 * A URL's query as Next.js hands it to a page (awaited from the `searchParams` prop): a name given
 * once is a string, a name given more than once an array, a name not given undefined.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What Next.js hands a page under a `[id]` folder that also reads its query. */
export type IdPageProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
