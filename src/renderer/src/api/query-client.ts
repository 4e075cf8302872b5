import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

type OnError = (err: unknown, meta: Record<string, unknown> | undefined) => void

/**
 * networkMode 'always': the app talks to its own process, never the internet, so a browser "offline"
 * event must not pause queries. Data changes are pushed, so nothing goes stale by time.
 */
export function createQueryClient(onError: OnError): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (err, query) => onError(err, query.meta) }),
    mutationCache: new MutationCache({ onError: (err, _vars, _ctx, mutation) => onError(err, mutation.meta) }),
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always' }
    }
  })
}
