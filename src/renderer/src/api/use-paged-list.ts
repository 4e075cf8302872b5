// Grids load their rows from main a page at a time; the virtual table asks for the next page on scroll.
import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

type Page = { rows: unknown[]; total: number }

/** All pages loaded so far, the first page (for its totals), and a stable `loadMore` for the table. */
export function usePagedList<P extends Page>(queryKey: QueryKey, fetchPage: (offset: number, limit: number) => Promise<P>, pageSize: number) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam, pageSize),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.rows.length, 0)
      return loaded < last.total ? loaded : undefined
    }
  })
  const rows = useMemo((): P['rows'] => query.data?.pages.flatMap((p) => p.rows) ?? [], [query.data])
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const loadMore = useMemo(
    () => () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
    },
    [hasNextPage, isFetchingNextPage, fetchNextPage]
  )
  return { rows, first: query.data?.pages[0], hasMore: hasNextPage, loadMore }
}
