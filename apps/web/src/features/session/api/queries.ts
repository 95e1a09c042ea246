import { queryOptions } from '@tanstack/react-query';
import { ApiError, client, data, type Me } from '../../../lib/api';

export const sessionKeys = { me: ['session', 'me'] as const };

/** Who is signed in; null when nobody is (401 is the answer, not an error). */
export const meQuery = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await data(client().GET('/api/v1/auth/me'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 60_000,
});
