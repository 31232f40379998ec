import { useCallback, useState } from 'react';
import type { RewriteKind } from '../../../shared/domain/draft-kinds';
import type { GeneratePlan } from '../../../shared/ipc/routes/generate';
import { useApi } from '../api/api-context';
import { needsConfirmation } from './describe-generate-plan';

/**
 * "Generate all" asks first when drafts already exist: it counts them by kind (generate.plan),
 * and starts at once only when there is nothing of the owner's to decide about.
 */
export function useGenerateAll(start: (ids: 'all', rewrite: RewriteKind[]) => Promise<void>, onProblem: (message: string) => void) {
  const api = useApi();
  const [plan, setPlan] = useState<GeneratePlan | null>(null);

  const ask = useCallback(async () => {
    const result = await api.generate.plan({ all: true });
    if (!result.ok) return onProblem(result.error.message);
    if (needsConfirmation(result.value)) setPlan(result.value);
    else void start('all', []);
  }, [api, start, onProblem]);

  const confirm = useCallback(
    (rewrite: RewriteKind[]) => {
      setPlan(null);
      void start('all', rewrite);
    },
    [start],
  );

  return { plan, ask, confirm, dismiss: useCallback(() => setPlan(null), []) };
}
