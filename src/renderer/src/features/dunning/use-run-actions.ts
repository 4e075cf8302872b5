// The actions of a stored run, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

const PAGE = 100

export function useRunActions(runId: number) {
  const api = useApi()
  const query = useInfiniteQuery({
    queryKey: ['dunning', 'run-actions', runId],
    queryFn: ({ pageParam }) => api.dunning.runActions({ runId, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.rows.length, 0)
      return loaded < last.total ? loaded : undefined
    }
  })
  const rows = query.data?.pages.flatMap((p) => p.rows) ?? []
  return { rows, total: query.data?.pages[0]?.total ?? 0, more: () => void query.fetchNextPage(), isPending: query.isPending }
}
