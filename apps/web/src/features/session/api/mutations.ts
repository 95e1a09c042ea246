import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api';
import { sessionKeys } from './queries';

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => data(client().POST('/api/v1/auth/login', { body })),
    // A new user: nothing cached for the previous one may show.
    onSuccess: () => qc.resetQueries(),
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => data(client().POST('/api/v1/auth/logout')),
    onSuccess: () => {
      qc.setQueryData(sessionKeys.me, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}
