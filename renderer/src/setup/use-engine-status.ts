import { useEffect, useState } from 'react';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { useApi } from '../api/api-context';

/**
 * The local engine's status: `initial` (the start-up answer) until the events flow, then kept
 * current by engine.status events. It is asked once more after subscribing, since a change
 * between the start-up answer and the subscription would otherwise be missed.
 */
export function useEngineStatus(initial: EngineStatusData | null = null): [EngineStatusData | null, (s: EngineStatusData) => void] {
  const api = useApi();
  const [status, setStatus] = useState<EngineStatusData | null>(initial);
  useEffect(() => {
    let live = true;
    const off = api.on('engine.status', setStatus);
    void api.engine.status({}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return [status, setStatus];
}
